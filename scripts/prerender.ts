/**
 * Writes a complete HTML page beside the SPA for the home page, each section's first page, every
 * article in the feed and the not-found page, rendered by the app's own routes and components
 * (dist-ssr/entry-server.js, built by `vite build --ssr`). Runs after the client build:
 *
 *   node scripts/prerender.ts [--dist dist] [--limit N]
 *
 * Host model: the file at the path, or `path.html`, else `/index.html` with 200. The home page is
 * `index.html` and therefore also the fallback; the client notices when it was served for another
 * path and renders that path instead of hydrating. Large feeds are split over one worker thread
 * per core.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { JSDOM } from 'jsdom';

type Server = typeof import('../src/entry-server.tsx');
type PageEntry = Awaited<ReturnType<Server['listPages']>>['pages'][number];

const APP_ORIGIN = 'http://localhost';
/** Below this, starting workers costs more than it saves. */
const PAGES_PER_WORKER_MIN = 200;

if (isMainThread) {
  await main();
} else {
  const { dist, shell, paths } = workerData as { dist: string; shell: string; paths: string[] };
  await renderAll(await loadServer(dist), dist, shell, paths);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dist: { type: 'string', default: 'dist' }, limit: { type: 'string' } },
  });
  const dist = resolve(values.dist!);
  const started = performance.now();
  const server = await loadServer(dist);
  // The built index.html, before the home page takes its place.
  const shell = await readFile(join(dist, 'index.html'), 'utf8');
  if (shell.includes('id="sahifa-state"')) throw new Error(`${dist}/index.html is already pre-rendered: run the client build first`);
  const { siteName, language, pages } = await server.listPages();
  const paths = (values.limit ? pages.slice(0, Number(values.limit)) : pages).map((page) => page.path);

  const workers = Math.min(availableParallelism(), Math.floor(paths.length / PAGES_PER_WORKER_MIN));
  if (workers > 1) {
    const shares = Array.from({ length: workers }, (_, index) => paths.filter((_, position) => position % workers === index));
    await Promise.all(shares.map((share) => runWorker(dist, shell, share)));
  } else {
    await renderAll(server, dist, shell, paths);
  }
  await write(join(dist, '404.html'), toDocument(shell, await server.renderPage('/__sahifa_not_found__')));
  await writeSitemaps(server.PUBLIC_SITE_URL, dist, siteName, language, pages);

  const written = paths.length + 1;
  const seconds = (performance.now() - started) / 1000;
  console.log(`prerender: ${written} pages in ${seconds.toFixed(1)} s (${(written / seconds).toFixed(0)} pages/s, ${Math.max(workers, 1)} thread(s)) into ${dist}`);
}

function runWorker(dist: string, shell: string, paths: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dist, shell, paths } });
    worker.once('error', fail);
    worker.once('exit', (code) => (code === 0 ? done() : fail(new Error(`prerender worker exited with ${code}`))));
  });
}

async function loadServer(dist: string): Promise<Server> {
  installFeedFetch(dist);
  const server = (await import(pathToFileURL(resolve('dist-ssr/entry-server.js')).href)) as Server;
  server.provideHtmlWindow(new JSDOM('').window as unknown as Window & typeof globalThis);
  return server;
}

async function renderAll(server: Server, dist: string, shell: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    await write(fileFor(dist, path), toDocument(shell, await server.renderPage(path)));
  }
}

function fileFor(dist: string, path: string): string {
  if (path === '/') return join(dist, 'index.html');
  return join(dist, `${decodeURIComponent(path).replace(/^\//, '')}.html`);
}

/** The built index.html with the rendered app, its <head> tags and its state filled in. */
function toDocument(shell: string, page: { html: string; state: string; head: string }): string {
  // Replacer functions: feed text may contain `$'` or `$&`, which a replacement string would expand.
  return shell
    .replace(/<title>[^<]*<\/title>/, () => `<!--sahifa-head-->${page.head}<!--/sahifa-head-->`)
    .replace('<div id="root"></div>', () => `<div id="root">${page.html}</div><script type="application/json" id="sahifa-state">${page.state}</script>`);
}

/**
 * sitemap.xml (every page with lastmod), news-sitemap.xml (articles of the last 48 hours, as Google
 * News asks) and robots.txt pointing at both, on the public site URL (VITE_SITE_URL).
 */
async function writeSitemaps(siteUrl: string, dist: string, siteName: string, language: string, entries: PageEntry[]): Promise<void> {
  const loc = (path: string) => escapeXml(new URL(path, `${siteUrl}/`).href);
  const urls = entries.map((entry) => `  <url><loc>${loc(entry.path)}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified}</lastmod>` : ''}</url>`);
  await write(join(dist, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`);

  const since = Date.now() - 48 * 3600_000;
  const news = entries.filter((entry) => entry.article?.published && Date.parse(entry.article.published) >= since);
  const newsUrls = news.map(
    ({ path, article }) =>
      `  <url><loc>${loc(path)}</loc><news:news><news:publication><news:name>${escapeXml(siteName)}</news:name><news:language>${escapeXml(
        article!.language ?? language,
      )}</news:language></news:publication><news:publication_date>${article!.published}</news:publication_date><news:title>${escapeXml(
        article!.title,
      )}</news:title></news:news></url>`,
  );
  await write(
    join(dist, 'news-sitemap.xml'),
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${newsUrls.join('\n')}\n</urlset>\n`,
  );
  await write(join(dist, 'robots.txt'), `User-agent: *\nAllow: /\nDisallow: /preview\n\nSitemap: ${siteUrl}/sitemap.xml\nSitemap: ${siteUrl}/news-sitemap.xml\n`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

async function write(file: string, html: string): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html);
}

/**
 * The app fetches its feed from its own origin. At build time that origin is the dist folder:
 * requests to it are answered from disk (as the static host will), anything else goes out.
 */
function installFeedFetch(dist: string): void {
  const networkFetch = globalThis.fetch;
  const TYPES: Record<string, string> = { '.json': 'application/json', '.html': 'text/html' };
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== APP_ORIGIN) return networkFetch(input, init);
    const file = join(dist, decodeURIComponent(url.pathname));
    const bytes = await readFile(file).catch(() => undefined);
    const response = bytes
      ? new Response(new Uint8Array(bytes), { headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' } })
      : new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
  };
}
