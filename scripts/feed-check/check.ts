/**
 * The checks behind `npm run feed:check`: reads a whole feed tree (site.json, every next_url chain,
 * every items/ file, every image) and lists what is wrong with it, file by file and path by path.
 * The documents are validated with the app's own zod schemas, so the tool and the reader agree.
 */
import {
  formatPath,
  jsonFeedItemSchema,
  jsonFeedSchema,
  // `_sahifa` on its own: the item schema silently drops a broken extension, a check must not.
  sahifaExtensionSchema,
  siteConfigSchema,
} from '../../src/features/feed/schema.ts';
import { checkDate, DATE_EXAMPLE } from './dates.ts';
import { findImagesAndLinks } from './html.ts';
import { findJsonSyntaxError } from '../../src/lib/json-syntax.ts';
import { labelUrl, openSource, safeDecode, type DocumentRead, type FeedSource, type ImageCheck, type SourceOptions } from './sources.ts';

export { FeedSourceError } from './sources.ts';

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** The document, relative to the feed root (or its URL when it lies elsewhere). */
  file: string;
  /** A JSON path into the document, like `items[3].date_published`; empty for the whole document. */
  path: string;
  message: string;
  /** Other copies of the same item with the same problem (its listing in another feed, its items/ file). */
  alsoIn?: string[];
}

export interface CheckResult {
  problems: Problem[];
  /** JSON documents read. */
  files: number;
  /** Distinct item ids, listed or in items/. */
  items: number;
  /** Distinct images checked. */
  images: number;
  /** What could not be checked, and why. */
  notes: string[];
}

export type CheckOptions = SourceOptions;

export async function checkFeed(input: string, options: CheckOptions = {}): Promise<CheckResult> {
  return new FeedChecker(await openSource(input, options)).run();
}

/** One copy of an item: an entry of a feed page, or the content of an items/ file. */
interface ItemCopy {
  file: string;
  /** Relative URLs inside the item resolve against its document. */
  baseUrl: string;
  /** Where the item sits in its file: `items[3]`, or empty for a bare item file. */
  path: string;
  raw: unknown;
  /** What the item schema says about it (the parsed item itself is not needed). */
  schemaFindings: ItemFinding[];
  /** From the raw item when it is invalid, so duplicates and dangling ids are still found. */
  id?: string;
}

type UnreadableDocument = Exclude<DocumentRead, { status: 'found' }>;

interface LoadedDocument {
  file: string;
  /** Why the document could not be read; undefined when it was. (Its text is not kept: a big feed is big.) */
  unreadable?: UnreadableDocument;
  /** The parsed JSON, when the document was found and parses. */
  json?: unknown;
  baseUrl: string;
}

interface FeedPage {
  copies: ItemCopy[];
  nextUrl?: string;
}

interface Chain {
  /** Page 1 of the chain, named for messages. */
  file: string;
  pages: string[];
  copies: ItemCopy[];
  ids: Set<string>;
  /** False when the chain broke (a missing page, a loop): what is absent from it may be on a page never read. */
  complete: boolean;
}

interface Section {
  slug: string;
  feedUrl: string;
  /** The section's index in site.json, for paths. */
  index: number;
}

interface Referrer {
  file: string;
  path: string;
}

interface ItemFinding {
  severity: Severity;
  /** A path inside the item. */
  path: string;
  message: string;
}

/** The conventional home feed, so that one broken site.json does not hide the rest of the tree. */
const FALLBACK_HOME_FEED = 'latest.json';
const ARTICLE_PATH = /^\/articles\/([^/]+)\/?$/;

class FeedChecker {
  private readonly source: FeedSource;
  private readonly problems: Problem[] = [];
  /** Item problems by id and content, so a problem shared by every copy of an item is listed once. */
  private readonly itemProblems = new Map<string, Problem>();
  private readonly documents = new Map<string, Promise<LoadedDocument>>();
  private readonly pages = new Map<string, FeedPage>();
  private readonly images = new Map<string, Promise<ImageCheck>>();
  private readonly uncheckedImages = new Set<string>();
  private documentsRead = 0;
  /** The slugs in site.json, or undefined when it could not be read (then section names are not judged). */
  private sectionSlugs: Set<string> | undefined;
  private itemFiles = new Map<string, { document: LoadedDocument; copy?: ItemCopy }>();
  /** Whether items/ could be listed: then an id without a file there has no file at all. */
  private itemFolderListed = false;

  constructor(source: FeedSource) {
    this.source = source;
  }

  async run(): Promise<CheckResult> {
    const { homeFeed, sections } = await this.checkSite();
    const [latest, sectionChains] = await Promise.all([
      this.walkChain(homeFeed.url, homeFeed.referrer),
      Promise.all(
        sections.map((section) => this.walkChain(section.feedUrl, { file: 'site.json', path: `sections[${section.index}].feed_url` })),
      ),
    ]);
    // A set: one page may sit in two chains, and its items are one listing, not two.
    const listed = [...new Set([...latest.copies, ...sectionChains.flatMap((chain) => chain.copies)])];

    await this.checkItemFiles(listed, latest);
    this.checkSectionMembership(latest, sections, sectionChains);
    const fileCopies = [...this.itemFiles.values()].flatMap((file) => (file.copy ? [file.copy] : []));
    await this.checkItemCopies([...listed, ...fileCopies]);

    return this.result([
      'site.json',
      ...latest.pages,
      ...sectionChains.flatMap((chain) => chain.pages),
      ...fileCopies.map((copy) => copy.file).sort(),
    ]);
  }

  // ─── site.json ────────────────────────────────────────────────────────────────────────────────

  private async checkSite(): Promise<{ homeFeed: { url: string; referrer: Referrer }; sections: Section[] }> {
    const site = await this.loadDocument(new URL('site.json', this.source.rootUrl).href);
    if (site.unreadable) this.report('error', site.file, '', describeUnreadable(site.file, site.unreadable));
    const config = isRecord(site.json) ? site.json : {};
    if (site.json !== undefined) {
      for (const issue of siteConfigSchema.safeParse(site.json).error?.issues ?? []) {
        this.report('error', site.file, formatPath(issue.path), issue.message);
      }
    }

    const homeFeedUrl = this.resolveReference(config.home_feed_url, site, 'home_feed_url');
    const fallbackUrl = new URL(FALLBACK_HOME_FEED, this.source.rootUrl).href;
    const homeFeed = homeFeedUrl
      ? { url: homeFeedUrl, referrer: { file: site.file, path: 'home_feed_url' } }
      : { url: fallbackUrl, referrer: { file: this.label(fallbackUrl), path: '' } };
    const sections: Section[] = [];
    (Array.isArray(config.sections) ? config.sections : []).forEach((section: unknown, index) => {
      if (!isRecord(section) || typeof section.slug !== 'string') return;
      const feedUrl = this.resolveReference(section.feed_url, site, `sections[${index}].feed_url`);
      if (feedUrl) sections.push({ slug: section.slug, feedUrl, index });
    });
    if (Array.isArray(config.sections)) this.sectionSlugs = new Set(sections.map((section) => section.slug));

    await Promise.all(
      (['logo', 'icon'] as const).map(async (field) => {
        const message = await this.checkImageReference(config[field], site.baseUrl);
        if (message) this.report('error', site.file, field, message);
      }),
    );
    return { homeFeed, sections };
  }

  /** A document URL from a field; a value that is not a usable URL is reported (a missing one is the schema's job). */
  private resolveReference(value: unknown, document: LoadedDocument, path: string): string | undefined {
    if (typeof value !== 'string') return undefined;
    const url = resolveHttpUrl(value, document.baseUrl);
    if (!url) this.report('error', document.file, path, `not an http(s) URL: "${value}"`);
    return url;
  }

  // ─── next_url chains ──────────────────────────────────────────────────────────────────────────

  private async walkChain(firstUrl: string, firstReferrer: Referrer): Promise<Chain> {
    const chain: Chain = { file: this.label(firstUrl), pages: [], copies: [], ids: new Set(), complete: false };
    const visited = new Set<string>();
    const firstListing = new Map<string, ItemCopy>();
    let previousDated: { copy: ItemCopy; time: number } | undefined;
    let referrer = firstReferrer;

    for (let url: string | undefined = firstUrl; url; ) {
      const file = this.label(url);
      if (visited.has(url)) {
        this.report('error', referrer.file, referrer.path, `loop: points back to ${file}, which is already in this chain`);
        return chain;
      }
      visited.add(url);
      const document = await this.loadDocument(url);
      if (document.unreadable) {
        this.report('error', referrer.file, referrer.path, describeUnreadable(file, document.unreadable));
        return chain;
      }
      chain.pages.push(file);
      // Broken JSON is reported where it is; whatever the page listed or linked to is unknown.
      if (document.json === undefined) return chain;
      const page = this.feedPage(url, document);

      for (const copy of page.copies) {
        chain.copies.push(copy);
        if (copy.id !== undefined) {
          const first = firstListing.get(copy.id);
          if (first) this.report('error', copy.file, joinPath(copy.path, 'id'), `duplicate id "${copy.id}": already at ${locate(first)}`);
          else firstListing.set(copy.id, copy);
          chain.ids.add(copy.id);
        }
        const datePublished = itemField(copy, 'date_published');
        const published = typeof datePublished === 'string' ? checkDate(datePublished) : undefined;
        if (published && published.kind !== 'invalid') {
          if (previousDated && published.time > previousDated.time) {
            this.report(
              'warning',
              copy.file,
              joinPath(copy.path, 'date_published'),
              `not newest first: newer than the item before it (${locate(previousDated.copy)})`,
            );
          }
          previousDated = { copy, time: published.time };
        }
      }

      if (page.nextUrl === undefined) break;
      url = this.resolveReference(page.nextUrl, document, 'next_url');
      if (!url) return chain;
      referrer = { file, path: 'next_url' };
    }
    chain.complete = true;
    return chain;
  }

  /** A page is validated once, however many chains run through it. */
  private feedPage(url: string, document: LoadedDocument): FeedPage {
    let page = this.pages.get(url);
    if (!page) {
      page = this.parseFeedPage(document);
      this.pages.set(url, page);
    }
    return page;
  }

  private parseFeedPage(document: LoadedDocument): FeedPage {
    for (const issue of jsonFeedSchema.safeParse(document.json).error?.issues ?? []) {
      this.report('error', document.file, formatPath(issue.path), issue.message);
    }
    // Read what can be read even from an invalid page, so one bad field does not end the chain.
    const feed = isRecord(document.json) ? document.json : {};
    return {
      copies: Array.isArray(feed.items) ? feed.items.map((raw, index) => itemCopy(document, `items[${index}]`, raw)) : [],
      nextUrl: typeof feed.next_url === 'string' ? feed.next_url : undefined,
    };
  }

  // ─── items/ ───────────────────────────────────────────────────────────────────────────────────

  private async checkItemFiles(listed: ItemCopy[], latest: Chain): Promise<void> {
    const fileNames = await this.source.listItemFiles();
    this.itemFolderListed = fileNames !== undefined;
    // The host serves items/<id>.json from a file named after the id itself, not its URL encoding.
    const filedIds = (fileNames ?? []).map((name) => name.slice(0, -'.json'.length)).sort();
    const ids = new Set([...listed.flatMap((copy) => (copy.id === undefined ? [] : [copy.id])), ...filedIds]);

    const loaded = await Promise.all(
      [...ids].map(async (id) => {
        const document = await this.loadDocument(this.itemFileUrl(id));
        return [id, { document, copy: this.parseItemFile(document, id) }] as const;
      }),
    );
    this.itemFiles = new Map(loaded);

    for (const copy of listed) {
      const file = copy.id === undefined ? undefined : this.itemFiles.get(copy.id);
      if (!file) continue;
      const { document } = file;
      if (document.unreadable) {
        const message = document.unreadable.status === 'missing' ? `dangling: no ${document.file}` : describeUnreadable(document.file, document.unreadable);
        this.reportForItem(copy, { severity: 'error', path: 'id', message });
      } else if (file.copy) {
        const differing = differingFields(copy.raw, file.copy.raw);
        if (differing.length > 0) {
          this.report('warning', copy.file, copy.path, `differs from ${document.file} in ${differing.join(', ')}`);
        }
      }
    }

    if (latest.complete) {
      for (const id of filedIds) {
        if (!latest.ids.has(id)) this.report('warning', this.label(this.itemFileUrl(id)), '', 'orphan: not listed in the latest chain');
      }
    }
  }

  private itemFileUrl(id: string): string {
    return new URL(`items/${encodeURIComponent(id)}.json`, this.source.rootUrl).href;
  }

  /** A bare item, or a one-item JSON Feed; the reader opens it for `/articles/<id>`. */
  private parseItemFile(document: LoadedDocument, expectedId: string): ItemCopy | undefined {
    if (document.json === undefined) return undefined;
    let copy: ItemCopy;
    if (isRecord(document.json) && Array.isArray(document.json.items)) {
      for (const issue of jsonFeedSchema.safeParse(document.json).error?.issues ?? []) {
        this.report('error', document.file, formatPath(issue.path), issue.message);
      }
      const items = document.json.items;
      if (items.length === 0) {
        this.report('error', document.file, 'items', 'a one-item feed with no item in it');
        return undefined;
      }
      if (items.length > 1) this.report('warning', document.file, 'items', `holds ${items.length} items; the reader shows only the first valid one`);
      copy = itemCopy(document, 'items[0]', items[0]);
    } else {
      copy = itemCopy(document, '', document.json);
    }
    if (copy.id !== undefined && copy.id !== expectedId) {
      this.report('error', document.file, joinPath(copy.path, 'id'), `id "${copy.id}" does not match the file name: /articles/${expectedId} opens this file`);
    }
    return copy;
  }

  // ─── sections ─────────────────────────────────────────────────────────────────────────────────

  private checkSectionMembership(latest: Chain, sections: Section[], sectionChains: Chain[]): void {
    const chainsBySlug = new Map(sections.map((section, index) => [section.slug, sectionChains[index]!]));

    for (const copy of latest.copies) {
      const slug = sectionOf(copy);
      const chain = slug === undefined ? undefined : chainsBySlug.get(slug);
      if (copy.id !== undefined && chain?.complete && !chain.ids.has(copy.id)) {
        this.report('error', copy.file, joinPath(copy.path, '_sahifa.section'), `not listed in the "${slug}" section feed (${chain.file} and its next pages)`);
      }
    }

    for (const [slug, chain] of chainsBySlug) {
      for (const copy of chain.copies) {
        const itemSlug = sectionOf(copy);
        if (itemSlug !== slug) {
          const found = itemSlug === undefined ? 'has no _sahifa.section' : `_sahifa.section is "${itemSlug}"`;
          this.report('warning', copy.file, joinPath(copy.path, '_sahifa.section'), `listed in the "${slug}" section feed but ${found}`);
        }
        if (latest.complete && copy.id !== undefined && !latest.ids.has(copy.id)) {
          this.report('warning', copy.file, joinPath(copy.path, 'id'), 'not in the latest chain');
        }
      }
    }
  }

  // ─── each item: schema, dates, images, links ──────────────────────────────────────────────────

  private async checkItemCopies(copies: ItemCopy[]): Promise<void> {
    const findings = await Promise.all(copies.map((copy) => this.checkItem(copy)));
    // Reported in copy order, so a problem shared by several copies is listed at the first one.
    copies.forEach((copy, index) => findings[index]!.forEach((finding) => this.reportForItem(copy, finding)));
  }

  private async checkItem(copy: ItemCopy): Promise<ItemFinding[]> {
    const findings = [...copy.schemaFindings];
    if (!isRecord(copy.raw)) return findings;
    const item = copy.raw;
    const sahifa = isRecord(item._sahifa) ? item._sahifa : {};
    const sahifaImage = isRecord(sahifa.image) ? sahifa.image : {};

    if (item._sahifa !== undefined && item._sahifa !== null) {
      for (const issue of sahifaExtensionSchema.safeParse(item._sahifa).error?.issues ?? []) {
        findings.push({
          severity: 'error',
          path: formatPath(['_sahifa', ...issue.path]),
          message: `${issue.message} (the reader then ignores all of _sahifa)`,
        });
      }
    }

    findings.push(...checkItemDates(item));

    const slug = sahifa.section;
    if (typeof slug === 'string' && this.sectionSlugs && !this.sectionSlugs.has(slug)) {
      findings.push({ severity: 'error', path: '_sahifa.section', message: `unknown section "${slug}": site.json has ${[...this.sectionSlugs].join(', ') || 'no sections'}` });
    }

    const hero = item.image ?? item.banner_image;
    if (typeof hero === 'string' && hero.trim() && !(typeof sahifaImage.alt === 'string' && sahifaImage.alt.trim())) {
      findings.push({ severity: 'warning', path: '_sahifa.image.alt', message: 'the image has no alt text: screen reader users learn nothing from it' });
    }

    const imageReferences: { path: string; value: unknown; describe?: (message: string) => string }[] = [
      { path: 'image', value: item.image },
      { path: 'banner_image', value: item.banner_image },
      ...(Array.isArray(sahifaImage.variants) ? sahifaImage.variants : []).map((variant: unknown, index) => ({
        path: `_sahifa.image.variants[${index}].url`,
        value: isRecord(variant) ? variant.url : undefined,
      })),
    ];
    const links: string[] = [];
    if (typeof item.content_html === 'string') {
      const html = findImagesAndLinks(item.content_html);
      for (const image of html.images) {
        imageReferences.push({ path: 'content_html', value: image.src, describe: (message) => `<img src="${image.src}">: ${message}` });
        if (!image.hasAlt) findings.push({ severity: 'warning', path: 'content_html', message: `<img src="${image.src}"> has no alt attribute` });
      }
      links.push(...html.links);
    }

    const [imageMessages, danglingLinks] = await Promise.all([
      Promise.all(imageReferences.map((reference) => this.checkImageReference(reference.value, copy.baseUrl))),
      this.findDanglingLinks(links, copy.baseUrl),
    ]);
    imageReferences.forEach((reference, index) => {
      const message = imageMessages[index];
      if (message) findings.push({ severity: 'error', path: reference.path, message: reference.describe?.(message) ?? message });
    });
    for (const { href, id } of danglingLinks) {
      findings.push({ severity: 'error', path: 'content_html', message: `dangling link: <a href="${href}"> opens an article with no items/${id}.json` });
    }
    return findings;
  }

  /** Links to `/articles/<id>` on the app's own origin whose item has no file. */
  private async findDanglingLinks(hrefs: string[], baseUrl: string): Promise<{ href: string; id: string }[]> {
    const articleLinks = hrefs.flatMap((href) => {
      const url = resolveHttpUrl(href, baseUrl);
      const match = url && new URL(url).origin === this.source.appOrigin ? ARTICLE_PATH.exec(new URL(url).pathname) : null;
      return match ? [{ href, id: safeDecode(match[1]!) }] : [];
    });
    const exists = await Promise.all(articleLinks.map((link) => this.itemExists(link.id)));
    return articleLinks.filter((_, index) => !exists[index]);
  }

  private async itemExists(id: string): Promise<boolean> {
    const known = this.itemFiles.get(id);
    if (known) return !known.document.unreadable;
    if (this.itemFolderListed) return false;
    return !(await this.loadDocument(this.itemFileUrl(id))).unreadable;
  }

  /** What is wrong with an image reference, if anything. */
  private async checkImageReference(value: unknown, baseUrl: string): Promise<string | undefined> {
    if (typeof value !== 'string' || !value.trim()) return undefined;
    if (/^data:/i.test(value.trim())) return undefined;
    const url = resolveHttpUrl(value, baseUrl);
    if (!url) return `not an http(s) URL: "${value}"`;
    let check = this.images.get(url);
    if (!check) {
      check = this.source.checkImage(url);
      this.images.set(url, check);
    }
    const result = await check;
    if (result.status === 'unchecked') this.uncheckedImages.add(url);
    if (result.status === 'missing') return `image not found: ${this.label(url)}${result.reason === 'not found' ? '' : ` (${result.reason})`}`;
    if (result.status === 'failed') return `image cannot be loaded: ${this.label(url)} (${result.reason})`;
    return undefined;
  }

  // ─── documents and reporting ──────────────────────────────────────────────────────────────────

  /** Each document is read and parsed once; a syntax error is reported where it is. */
  private loadDocument(url: string): Promise<LoadedDocument> {
    let document = this.documents.get(url);
    if (!document) {
      document = this.source.readDocument(url).then((read) => this.parseDocument(url, read));
      this.documents.set(url, document);
    }
    return document;
  }

  private parseDocument(url: string, read: DocumentRead): LoadedDocument {
    const file = this.label(url);
    if (read.status !== 'found') return { file, unreadable: read, baseUrl: url };
    this.documentsRead++;
    if (read.unexpectedContentType) {
      this.report('error', file, '', `served as "${read.unexpectedContentType}": the reader accepts only JSON content types`);
    }
    try {
      return { file, json: JSON.parse(read.text) as unknown, baseUrl: read.url };
    } catch {
      const syntaxError = findJsonSyntaxError(read.text);
      const where = syntaxError ? ` at line ${syntaxError.line}, column ${syntaxError.column}: ${syntaxError.message}` : '';
      this.report('error', file, '', `invalid JSON${where}`);
      return { file, baseUrl: read.url };
    }
  }

  private label(url: string): string {
    return labelUrl(url, this.source.rootUrl);
  }

  private report(severity: Severity, file: string, path: string, message: string): void {
    this.problems.push({ severity, file, path, message });
  }

  private reportForItem(copy: ItemCopy, finding: ItemFinding): void {
    const path = joinPath(copy.path, finding.path);
    if (copy.id === undefined) return this.report(finding.severity, copy.file, path, finding.message);
    const key = JSON.stringify([copy.id, finding.severity, finding.path, finding.message]);
    const first = this.itemProblems.get(key);
    if (first) {
      (first.alsoIn ??= []).push(locate(copy));
      return;
    }
    const problem: Problem = { severity: finding.severity, file: copy.file, path, message: finding.message };
    this.problems.push(problem);
    this.itemProblems.set(key, problem);
  }

  private result(fileOrder: string[]): CheckResult {
    const rank = new Map([...new Set(fileOrder)].map((file, index) => [file, index]));
    const byFileThenItem = (a: Problem, b: Problem) =>
      (rank.get(a.file) ?? rank.size) - (rank.get(b.file) ?? rank.size) || a.file.localeCompare(b.file) || itemIndex(a.path) - itemIndex(b.path);
    const notes: string[] = [];
    if (this.uncheckedImages.size > 0) {
      notes.push(`${plural(this.uncheckedImages.size, 'image')} outside the feed tree (on other hosts) not checked`);
    }
    if (!this.itemFolderListed) notes.push('orphan files in items/ not looked for: a folder cannot be listed over HTTP');
    return {
      problems: this.problems.sort(byFileThenItem),
      files: this.documentsRead,
      items: this.itemFiles.size,
      images: this.images.size - this.uncheckedImages.size,
      notes,
    };
  }
}

// ─── helpers ────────────────────────────────────────────────────────────────────────────────────

function itemCopy(document: LoadedDocument, path: string, raw: unknown): ItemCopy {
  const parsed = jsonFeedItemSchema.safeParse(raw);
  const rawId = isRecord(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? String(raw.id) : undefined;
  const schemaFindings = (parsed.error?.issues ?? []).map((issue): ItemFinding => ({ severity: 'error', path: formatPath(issue.path), message: issue.message }));
  return { file: document.file, baseUrl: document.baseUrl, path, raw, schemaFindings, id: parsed.success ? parsed.data.id : rawId };
}

function itemField(copy: ItemCopy, field: string): unknown {
  return isRecord(copy.raw) ? copy.raw[field] : undefined;
}

function sectionOf(copy: ItemCopy): string | undefined {
  const sahifa = itemField(copy, '_sahifa');
  return isRecord(sahifa) && typeof sahifa.section === 'string' ? sahifa.section : undefined;
}

function checkItemDates(item: Record<string, unknown>): ItemFinding[] {
  const findings: ItemFinding[] = [];
  const times: Partial<Record<'date_published' | 'date_modified', number>> = {};
  for (const field of ['date_published', 'date_modified'] as const) {
    const value = item[field];
    if (typeof value !== 'string') continue;
    const date = checkDate(value);
    if (date.kind === 'invalid') {
      findings.push({ severity: 'error', path: field, message: `"${value}" ${date.reason}` });
      continue;
    }
    if (date.kind === 'no-zone') {
      findings.push({ severity: 'warning', path: field, message: `"${value}" has no time zone; the reader takes it as UTC (write e.g. ${DATE_EXAMPLE})` });
    }
    times[field] = date.time;
  }
  if (item.date_published === undefined || item.date_published === null) {
    findings.push({ severity: 'warning', path: 'date_published', message: 'no date_published: readers see no date, and the item cannot be put in order' });
  }
  if (times.date_published !== undefined && times.date_modified !== undefined && times.date_modified < times.date_published) {
    findings.push({ severity: 'warning', path: 'date_modified', message: 'date_modified is earlier than date_published' });
  }
  return findings;
}

/** The top-level fields in which two copies of an item differ (key order does not matter). */
function differingFields(listed: unknown, filed: unknown): string[] {
  // Copies written by one generator have their keys in the same order: a plain comparison settles most.
  if (JSON.stringify(listed) === JSON.stringify(filed)) return [];
  if (!isRecord(listed) || !isRecord(filed)) return canonicalJson(listed) === canonicalJson(filed) ? [] : ['its content'];
  const fields = [...new Set([...Object.keys(listed), ...Object.keys(filed)])];
  return fields.filter((field) => canonicalJson(listed[field]) !== canonicalJson(filed[field]));
}

function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, nested: unknown) =>
    isRecord(nested) ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : nested,
  );
}

function describeUnreadable(file: string, unreadable: UnreadableDocument): string {
  if (unreadable.status === 'missing') return `not found: ${file}${unreadable.reason === 'not found' ? '' : ` (${unreadable.reason})`}`;
  return `cannot read ${file}: ${unreadable.reason}`;
}

/** Resolves a link as the browser would; only http(s) URLs are usable. */
function resolveHttpUrl(value: string, baseUrl: string): string | undefined {
  try {
    const url = new URL(value.trim(), baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Where an item copy is, for messages: `latest.json items[2]`, or just `items/x.json`. */
function locate(copy: ItemCopy): string {
  return copy.path ? `${copy.file} ${copy.path}` : copy.file;
}

function joinPath(prefix: string, path: string): string {
  if (!prefix) return path;
  if (!path) return prefix;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

/** The item a path points into (`items[12].title` → 12), so problems sort in page order. */
function itemIndex(path: string): number {
  const match = /^items\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : -1;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
