/**
 * Where the feed tree is read from: a directory (as the static host would serve it under the feed
 * base) or a live URL. Both expose the tree as URLs, so links in the files resolve exactly as they
 * do in the browser, whichever way the tree is read.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';

export type DocumentRead =
  /** `url` is the final URL after redirects: relative links in the document resolve against it. */
  | { status: 'found'; text: string; url: string; unexpectedContentType?: string }
  | { status: 'missing'; reason: string }
  | { status: 'failed'; reason: string };

export type ImageCheck =
  | { status: 'found' }
  | { status: 'missing'; reason: string }
  | { status: 'failed'; reason: string }
  /** Outside what this source can see: another host, when reading a directory. */
  | { status: 'unchecked' };

export interface FeedSource {
  /** The feed base as an absolute URL ending in `/`; `site.json` is right under it. */
  readonly rootUrl: string;
  /** The origin the app is served from: `/articles/<id>` links on it are links into the reader. */
  readonly appOrigin: string;
  readDocument(url: string): Promise<DocumentRead>;
  checkImage(url: string): Promise<ImageCheck>;
  /** The file names in `items/`, or undefined where a folder cannot be listed (over HTTP). */
  listItemFiles(): Promise<string[] | undefined>;
}

/** The input cannot be read as a feed tree at all (a usage error, not a problem in the feed). */
export class FeedSourceError extends Error {}

export interface SourceOptions {
  /** Where a directory is served (default `/feed/`): root-relative links under it map into the directory. */
  base?: string;
  /** Per request, for a URL (default 10 s). */
  timeoutMs?: number;
}

export const DEFAULT_BASE = '/feed/';
const DEFAULT_TIMEOUT_MS = 10_000;
/** Enough to read 10,000 item files quickly without running out of file descriptors. */
const FILE_CONCURRENCY = 64;
/** A newsroom's own server is being checked: stay polite. */
const HTTP_CONCURRENCY = 8;
/** A directory has no origin; this stand-in lets its links resolve as they would on the site. */
const DIRECTORY_ORIGIN = 'http://feed.invalid';
/** The content types the app accepts for a feed document (as in `fetch-json.ts`). */
const JSON_CONTENT_TYPE = /^(application\/(feed\+)?json|application\/[\w.+-]+\+json|text\/json)\b/i;
const HTML_CONTENT_TYPE = /^text\/html\b/i;
const HTML_FALLBACK = 'the host answered with an HTML page, as a single-page-app fallback does for a missing file';

export async function openSource(input: string, options: SourceOptions = {}): Promise<FeedSource> {
  if (isUrl(input)) return new UrlSource(input, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const directory = resolve(input);
  const info = await stat(directory).catch(() => undefined);
  if (!info?.isDirectory()) throw new FeedSourceError(`${input} is not a directory`);
  return new DirectorySource(directory, normaliseBase(options.base ?? DEFAULT_BASE));
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** How a URL is named in a report: its path under the feed root, else its path on the same host, else the URL. */
export function labelUrl(url: string, rootUrl: string): string {
  if (url.startsWith(rootUrl)) return safeDecode(url.slice(rootUrl.length));
  const parsed = new URL(url);
  return parsed.origin === new URL(rootUrl).origin ? safeDecode(parsed.pathname + parsed.search) : url;
}

function normaliseBase(base: string): string {
  const withLeadingSlash = base.startsWith('/') ? base : `/${base}`;
  return withLeadingSlash.endsWith('/') ? withLeadingSlash : `${withLeadingSlash}/`;
}

export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

class DirectorySource implements FeedSource {
  readonly rootUrl: string;
  readonly appOrigin = DIRECTORY_ORIGIN;
  private readonly directory: string;
  private readonly limit = createLimiter(FILE_CONCURRENCY);
  private readonly folderListings = new Map<string, Promise<Set<string>>>();

  constructor(directory: string, base: string) {
    this.directory = directory;
    this.rootUrl = new URL(base, DIRECTORY_ORIGIN).href;
  }

  async readDocument(url: string): Promise<DocumentRead> {
    const path = this.fileFor(url);
    if (!path) return { status: 'missing', reason: `outside the feed tree served at ${new URL(this.rootUrl).pathname}; see --base` };
    try {
      const text = await this.limit(() => readFile(path, 'utf8'));
      // Browsers drop a byte order mark when they decode a response, so the app never sees one.
      return { status: 'found', text: text.replace(/^\uFEFF/, ''), url };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return { status: 'missing', reason: 'not found' };
      return { status: 'failed', reason: (error as Error).message };
    }
  }

  async checkImage(url: string): Promise<ImageCheck> {
    const path = this.fileFor(url);
    if (!path) return { status: 'unchecked' };
    const files = await this.filesIn(dirname(path));
    return files.has(basename(path)) ? { status: 'found' } : { status: 'missing', reason: 'not found' };
  }

  /**
   * One listing per folder instead of a stat per image (a big feed has tens of thousands). It also
   * matches names exactly, as the Linux host will, even on a case-insensitive disk.
   */
  private filesIn(directory: string): Promise<Set<string>> {
    let files = this.folderListings.get(directory);
    if (!files) {
      files = readdir(directory, { withFileTypes: true }).then(
        (entries) => new Set(entries.filter((entry) => entry.isFile()).map((entry) => entry.name)),
        () => new Set<string>(),
      );
      this.folderListings.set(directory, files);
    }
    return files;
  }

  async listItemFiles(): Promise<string[]> {
    const entries = await readdir(join(this.directory, 'items'), { withFileTypes: true }).catch(() => []);
    return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => entry.name);
  }

  /** The file a URL is served from, or undefined when it is not inside the feed tree. */
  private fileFor(url: string): string | undefined {
    const parsed = new URL(url);
    const basePath = new URL(this.rootUrl).pathname;
    if (parsed.origin !== DIRECTORY_ORIGIN || !parsed.pathname.startsWith(basePath)) return undefined;
    let relative: string;
    try {
      relative = decodeURIComponent(parsed.pathname.slice(basePath.length));
    } catch {
      return undefined;
    }
    const path = resolve(this.directory, relative);
    return path.startsWith(this.directory + sep) ? path : undefined;
  }
}

class UrlSource implements FeedSource {
  readonly rootUrl: string;
  readonly appOrigin: string;
  private readonly timeoutMs: number;
  private readonly limit = createLimiter(HTTP_CONCURRENCY);

  constructor(input: string, timeoutMs: number) {
    let root: URL;
    try {
      root = new URL(input);
    } catch {
      throw new FeedSourceError(`${input} is not a valid URL`);
    }
    if (!root.pathname.endsWith('/')) root.pathname += '/';
    this.rootUrl = root.href;
    this.appOrigin = root.origin;
    this.timeoutMs = timeoutMs;
  }

  readDocument(url: string): Promise<DocumentRead> {
    return this.limit(async () => {
      const signal = AbortSignal.timeout(this.timeoutMs);
      try {
        const response = await fetch(url, { headers: { Accept: 'application/feed+json, application/json;q=0.9' }, signal });
        if (response.status === 404 || response.status === 410) return { status: 'missing', reason: `HTTP ${response.status}` };
        if (!response.ok) return { status: 'failed', reason: `HTTP ${response.status}` };
        const contentType = response.headers.get('content-type') ?? '';
        if (HTML_CONTENT_TYPE.test(contentType)) {
          await response.body?.cancel();
          return { status: 'missing', reason: HTML_FALLBACK };
        }
        const text = await response.text();
        return {
          status: 'found',
          text,
          url: response.url || url,
          unexpectedContentType: JSON_CONTENT_TYPE.test(contentType) ? undefined : contentType || '(none)',
        };
      } catch (error) {
        return { status: 'failed', reason: this.describeFailure(error, signal) };
      }
    });
  }

  /** HEAD first; some hosts refuse HEAD, so anything but success is tried again with GET. */
  async checkImage(url: string): Promise<ImageCheck> {
    const head = await this.requestImage(url, 'HEAD');
    return head.status === 'found' ? head : this.requestImage(url, 'GET');
  }

  async listItemFiles(): Promise<undefined> {
    return undefined;
  }

  private requestImage(url: string, method: 'HEAD' | 'GET'): Promise<ImageCheck> {
    return this.limit(async () => {
      const signal = AbortSignal.timeout(this.timeoutMs);
      try {
        const response = await fetch(url, { method, signal });
        // Only the status matters: never download the image.
        await response.body?.cancel();
        if (response.status === 404 || response.status === 410) return { status: 'missing', reason: `HTTP ${response.status}` };
        if (!response.ok) return { status: 'failed', reason: `HTTP ${response.status}` };
        if (HTML_CONTENT_TYPE.test(response.headers.get('content-type') ?? '')) return { status: 'missing', reason: HTML_FALLBACK };
        return { status: 'found' };
      } catch (error) {
        return { status: 'failed', reason: this.describeFailure(error, signal) };
      }
    });
  }

  private describeFailure(error: unknown, signal: AbortSignal): string {
    if (signal.aborted) return `no answer after ${this.timeoutMs / 1000} s`;
    // undici reports "fetch failed" and keeps the useful part (ECONNREFUSED, ENOTFOUND…) in the cause.
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    return cause instanceof Error ? cause.message : String(cause);
  }
}

/** Runs at most `concurrency` tasks at once; the rest wait their turn in order. */
function createLimiter(concurrency: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function limit<T>(task: () => Promise<T>): Promise<T> {
    if (running < concurrency) running++;
    else await new Promise<void>((resume) => waiting.push(resume));
    try {
      return await task();
    } finally {
      // Hand the slot straight to the next task, so a newcomer cannot overtake it.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
