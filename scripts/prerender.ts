/**
 * Writes a complete HTML page beside the SPA for the home page, each section's first page, every
 * article in the feed and the not-found page, rendered by the app's own routes and components
 * (dist-ssr/entry-server.js, built by `vite build --ssr`). Runs after the client build:
 *
 *   node scripts/prerender.ts [--dist dist] [--limit N]
 *
 * Host model: the file at the path, or `path.html`, else `/index.html` with 200. The home page is
 * `index.html` and therefore also the fallback; the client notices when it was served for another
 * path and renders that path instead of hydrating.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { JSDOM } from 'jsdom';

const { values } = parseArgs({
  options: { dist: { type: 'string', default: 'dist' }, limit: { type: 'string' }, quiet: { type: 'boolean', default: false } },
});
const dist = resolve(values.dist!);
const APP_ORIGIN = 'http://localhost';

installFeedFetch();
const server = (await import(pathToFileURL(resolve('dist-ssr/entry-server.js')).href)) as typeof import('../src/entry-server.tsx');
server.provideHtmlWindow(new JSDOM('').window as unknown as Window & typeof globalThis);

const template = await readFile(join(dist, 'index.html'), 'utf8');
const started = performance.now();
const { siteName, language, pages } = await server.listPages();
const selected = values.limit ? pages.slice(0, Number(values.limit)) : pages;

let written = 0;
for (const { path } of selected) {
  const page = await server.renderPage(path);
  await write(fileFor(path), toDocument(page));
  written++;
}
const notFound = await server.renderPage('/__sahifa_not_found__');
await write(join(dist, '404.html'), toDocument(notFound));
written++;

await writeSitemaps(pages);

const seconds = (performance.now() - started) / 1000;
if (!values.quiet) {
  console.log(`prerender: ${written} pages in ${seconds.toFixed(1)} s (${(written / seconds).toFixed(0)} pages/s) into ${dist}`);
}

function fileFor(path: string): string {
  if (path === '/') return join(dist, 'index.html');
  return join(dist, `${decodeURIComponent(path).replace(/^\//, '')}.html`);
}

/** The built index.html with the rendered app, its <head> tags and its state filled in. */
function toDocument(page: { html: string; state: string; head: string }): string {
  return template
    .replace(/<title>[^<]*<\/title>/, `<!--sahifa-head-->${page.head}<!--/sahifa-head-->`)
    .replace('<div id="root"></div>', `<div id="root">${page.html}</div><script type="application/json" id="sahifa-state">${page.state}</script>`);
}

/**
 * sitemap.xml (every page with lastmod), news-sitemap.xml (articles of the last 48 hours, as Google
 * News asks) and robots.txt pointing at both, on the public site URL (VITE_SITE_URL).
 */
async function writeSitemaps(entries: typeof pages): Promise<void> {
  const siteUrl = server.PUBLIC_SITE_URL;
  const loc = (path: string) => escapeXml(new URL(path, `${siteUrl}/`).href);
  const urls = entries.map(
    (entry) => `  <url><loc>${loc(entry.path)}</loc>${entry.lastModified ? `<lastmod>${entry.lastModified}</lastmod>` : ''}</url>`,
  );
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
function installFeedFetch(): void {
  const networkFetch = globalThis.fetch;
  const cache = new Map<string, Promise<Buffer | undefined>>();
  const TYPES: Record<string, string> = { '.json': 'application/json', '.html': 'text/html' };
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== APP_ORIGIN) return networkFetch(input, init);
    const file = join(dist, decodeURIComponent(url.pathname));
    let body = cache.get(file);
    if (!body) {
      body = readFile(file).catch(() => undefined);
      cache.set(file, body);
    }
    const bytes = await body;
    const response = bytes
      ? new Response(new Uint8Array(bytes), { headers: { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' } })
      : new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    Object.defineProperty(response, 'url', { value: url.href });
    return response;
  };
}
