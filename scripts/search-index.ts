/**
 * Builds the search index next to the feed, after the client build has copied the feed into dist/:
 *
 *   node scripts/search-index.ts [feed-dir=dist/feed] [--out <feed-dir>/search-index.json]
 *
 * The feed is read through the app's own feed module (validation, sanitising, title fallback), run
 * by Vite's server-side module runner so the app's `@/` imports and build settings apply. Requests for the feed
 * on the app's origin are answered from `feed-dir`, as the static host will serve them; a feed on
 * another origin (VITE_FEED_BASE_URL=https://…) is read from the network, and its index must then
 * be published next to it. With VITE_SEARCH_URL set the app never loads an index: nothing to build.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { createServer, isRunnableDevEnvironment } from 'vite';

type BuildModule = typeof import('../src/features/search/build-index.ts');
type SearchIndexData = Awaited<ReturnType<BuildModule['buildSearchIndexFromFeed']>>;

/** The origin the feed module resolves against outside the browser (see currentOrigin). */
const APP_ORIGIN = 'http://localhost';
const SRC = resolve(import.meta.dirname, '../src');
/** What a reader on a phone should download at most to search (docs/decisions/005-search.md). */
const DOWNLOAD_BUDGET = 3e6;

/**
 * Runs `task` with an importer of the app's modules (paths under src/), transformed by Vite with the
 * app's `@/` alias and import.meta.env as in the build. Vite's server-side module runner stays open
 * until the task is done: the modules import lazily while they run.
 */
export async function withAppModules<T>(task: (load: <M>(path: string) => Promise<M>) => Promise<T>): Promise<T> {
  const server = await createServer({
    configFile: false,
    resolve: { alias: { '@': SRC } },
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    appType: 'custom',
    // Only server-side modules run here: scanning the browser entry for dependencies to pre-bundle
    // is wasted work, and fails on modules only the build provides (virtual:pwa-register).
    optimizeDeps: { noDiscovery: true },
    logLevel: 'error',
  });
  try {
    const environment = server.environments.ssr;
    if (!isRunnableDevEnvironment(environment)) throw new Error('Vite has no runnable server environment');
    return await task((path) => environment.runner.import(resolve(SRC, path)));
  } finally {
    await server.close();
  }
}

export async function buildSearchIndexFile(feedDir: string, outFile = join(feedDir, 'search-index.json')): Promise<{ index: SearchIndexData; raw: number; gzipped: number }> {
  serveFeedFrom(resolve(feedDir), new URL(process.env.VITE_FEED_BASE_URL ?? '/feed/', APP_ORIGIN));
  const index = await withAppModules(async (load) => {
    const builder = await load<BuildModule>('features/search/build-index.ts');
    builder.provideHtmlWindow(new JSDOM('').window as unknown as Window & typeof globalThis);
    return builder.buildSearchIndexFromFeed();
  });
  const json = JSON.stringify(index);
  await writeFile(outFile, json);
  return { index, raw: Buffer.byteLength(json), gzipped: gzipSync(json).length };
}

/**
 * Answers the feed module's requests for documents under the feed base on the app's origin from
 * the directory; anything else goes out to the network.
 */
function serveFeedFrom(directory: string, base: URL): void {
  const networkFetch = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== APP_ORIGIN || base.origin !== APP_ORIGIN || !url.pathname.startsWith(base.pathname)) return networkFetch(input, init);
    const file = join(directory, decodeURIComponent(url.pathname.slice(base.pathname.length)));
    const bytes = file.startsWith(directory + sep) ? await readFile(file).catch(() => undefined) : undefined;
    const response = bytes
      ? new Response(new Uint8Array(bytes), { headers: { 'content-type': extname(file) === '.json' ? 'application/json' : 'application/octet-stream' } })
      : new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
  };
}

export const formatBytes = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`);

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string' } } });
  if (process.env.VITE_SEARCH_URL) {
    console.log(`search-index: VITE_SEARCH_URL is set (${process.env.VITE_SEARCH_URL}); the app searches there, no index built`);
  } else {
    const feedDir = positionals[0] ?? 'dist/feed';
    const started = performance.now();
    const outFile = values.out ?? join(feedDir, 'search-index.json');
    try {
      const { index, raw, gzipped } = await buildSearchIndexFile(feedDir, outFile);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `search-index: ${index.docs.length} articles, ${index.terms.length} words → ${outFile} (${formatBytes(raw)}, ${formatBytes(gzipped)} gzipped) in ${seconds} s`,
      );
      if (gzipped > DOWNLOAD_BUDGET) {
        console.warn(`search-index: over ${formatBytes(DOWNLOAD_BUDGET)} gzipped, every searching reader downloads it; a feed this large wants a search endpoint (VITE_SEARCH_URL, see docs/feed-format.md)`);
      }
    } catch (error) {
      // A build without its index would ship a search that fails for every reader: stop the build.
      console.error(`search-index: could not index the feed in ${feedDir}: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    }
  }
}
