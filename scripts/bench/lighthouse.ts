/**
 * npm run bench: the speed targets, measured. Builds, serves the production build like a static
 * host, and runs Lighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown) three times on the
 * home page, a section and the seed article, printing the median of each metric beside its target.
 * A plain static HTML page of the same article with the same fonts, written by this script, is the
 * baseline: the best a page can do on that network. Then the bytes each route loads, and the
 * pre-rendering and bundle checks.
 *
 *   node scripts/bench/lighthouse.ts [--runs 3] [--skip-build]
 */
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { withoutLocalNotoFonts } from './without-local-fonts.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, 'skip-build': { type: 'boolean', default: false }, port: { type: 'string', default: '4188' } } });
const RUNS = Number(values.runs);
const BASE = `http://127.0.0.1:${values.port}`;
/** The same build, as a device without the Noto faces gets it (writeWithoutLocalFonts). */
const NO_LOCAL_FONTS_PORT = String(Number(values.port) + 1);
const NO_LOCAL_FONTS_BASE = `http://127.0.0.1:${NO_LOCAL_FONTS_PORT}`;
const NO_LOCAL_FONTS_DIR = join(tmpdir(), 'sahifa-bench-no-local-fonts');
const SEED = '2026-11-24-us-strikes-sirte';

interface Target {
  performance: number;
  lcp?: number;
  tbt?: number;
  cls: number;
  categories?: number;
}
const PAGES: { name: string; path: string; base?: string; target: Target }[] = [
  { name: 'home', path: '/', target: { performance: 90, cls: 0.02 } },
  { name: 'section', path: '/sections/world', target: { performance: 90, cls: 0.02 } },
  { name: 'article', path: `/articles/${SEED}`, target: { performance: 95, lcp: 2000, tbt: 100, cls: 0.02, categories: 95 } },
  // The fonts download and swap in: what a phone without Noto Kufi or Naskh sees.
  { name: 'article, no Noto', path: `/articles/${SEED}`, base: NO_LOCAL_FONTS_BASE, target: { performance: 95, lcp: 2000, cls: 0.02 } },
  { name: 'static baseline', path: '/__baseline/article.html', target: { performance: 0, cls: 1 } },
  { name: 'static, no Noto', path: '/__baseline/article.html', base: NO_LOCAL_FONTS_BASE, target: { performance: 0, cls: 1 } },
];

if (!values['skip-build']) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
await writeBaseline();
await writeWithoutLocalFonts();
const server = spawn(process.execPath, ['scripts/serve.ts', 'dist', '--port', values.port!], { stdio: 'ignore' });
const noLocalFontsServer = spawn(process.execPath, ['scripts/serve.ts', NO_LOCAL_FONTS_DIR, '--port', NO_LOCAL_FONTS_PORT], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 700));

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const results: Record<string, Record<string, number>> = {};
try {
  for (const page of PAGES) {
    const runs: Record<string, number>[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse((page.base ?? BASE) + page.path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result!.lhr;
      runs.push({
        performance: (lhr.categories.performance?.score ?? 0) * 100,
        accessibility: (lhr.categories.accessibility?.score ?? 0) * 100,
        bestPractices: (lhr.categories['best-practices']?.score ?? 0) * 100,
        seo: (lhr.categories.seo?.score ?? 0) * 100,
        fcp: lhr.audits['first-contentful-paint']?.numericValue ?? NaN,
        lcp: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
        tbt: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
        cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
        si: lhr.audits['speed-index']?.numericValue ?? NaN,
        ...transferredKb(lhr),
      });
    }
    results[page.name] = Object.fromEntries(Object.keys(runs[0]!).map((key) => [key, median(runs.map((run) => run[key]!))]));
  }
} finally {
  await chrome.kill();
  server.kill();
  noLocalFontsServer.kill();
}

const mark = (ok: boolean) => (ok ? '✓' : '✗ MISSED');
console.log(`\nLighthouse mobile preset, median of ${RUNS} runs (Debian Chromium)\n`);
console.log('page             perf  a11y  b.p.  seo    FCP      LCP      TBT     CLS     SI');
for (const page of PAGES) {
  const r = results[page.name]!;
  console.log(
    `${page.name.padEnd(16)} ${r.performance!.toFixed(0).padStart(4)}  ${r.accessibility!.toFixed(0).padStart(4)}  ${r.bestPractices!.toFixed(0).padStart(4)}  ${r.seo!.toFixed(0).padStart(4)}  ${ms(r.fcp!)}  ${ms(r.lcp!)}  ${ms(r.tbt!)}  ${r.cls!.toFixed(3).padStart(6)}  ${ms(r.si!)}`,
  );
}
console.log('\ntargets');
for (const page of PAGES.filter((candidate) => candidate.target.performance > 0)) {
  const r = results[page.name]!;
  const t = page.target;
  const checks = [
    `performance ${r.performance!.toFixed(0)} ≥ ${t.performance} ${mark(r.performance! >= t.performance)}`,
    `CLS ${r.cls!.toFixed(3)} ≤ ${t.cls} ${mark(r.cls! <= t.cls)}`,
    ...(t.lcp ? [`LCP ${ms(r.lcp!).trim()} ≤ ${t.lcp} ms ${mark(r.lcp! <= t.lcp)}`] : []),
    ...(t.tbt ? [`TBT ${ms(r.tbt!).trim()} ≤ ${t.tbt} ms ${mark(r.tbt! <= t.tbt)}`] : []),
    ...(t.categories
      ? [`a11y/b.p./SEO ${[r.accessibility, r.bestPractices, r.seo].map((n) => n!.toFixed(0)).join('/')} ≥ ${t.categories} ${mark(Math.min(r.accessibility!, r.bestPractices!, r.seo!) >= t.categories)}`]
      : []),
  ];
  console.log(`  ${page.name.padEnd(16)} ${checks.join(' · ')}`);
}
const ratio = results.article!.lcp! / results['static baseline']!.lcp!;
console.log(`  article LCP / static baseline LCP = ${ratio.toFixed(2)} (target ≤ 1.20) ${mark(ratio <= 1.2)}`);
const ratioWithoutNoto = results['article, no Noto']!.lcp! / results['static, no Noto']!.lcp!;
console.log(`  the same on a device without Noto = ${ratioWithoutNoto.toFixed(2)} (CLS ${results['article, no Noto']!.cls!.toFixed(3)} vs the static page's ${results['static, no Noto']!.cls!.toFixed(3)}, whose fallback fonts are not adjusted)`);

console.log('\ntransferred by a cold load, as Lighthouse saw it (gzip over the wire, headers included)');
for (const page of PAGES) {
  const r = results[page.name]!;
  console.log(`  ${page.name.padEnd(16)} JS ${r.scriptKb!.toFixed(1).padStart(6)} KB   fonts ${r.fontKb!.toFixed(1).padStart(6)} KB   all ${r.totalKb!.toFixed(1).padStart(6)} KB`);
}
console.log('  (fonts: none where the device has the Noto faces, as this machine does and Android has Naskh)');

console.log('\nbytes per route, from the built pages');
execFileSync(process.execPath, ['scripts/bench/bundle-size.ts'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/bench/framework-floor.ts'], { stdio: 'inherit' });

/** Every script a cold load fetched — the entry and what it loads at start (locale, service worker) — and fonts. */
function transferredKb(lhr: { audits: Record<string, { details?: unknown }> }) {
  const requests = ((lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? []);
  const kb = (type?: string) => requests.filter((request) => !type || request.resourceType === type).reduce((sum, request) => sum + (request.transferSize ?? 0), 0) / 1024;
  return { scriptKb: kb('Script'), fontKb: kb('Font'), totalKb: kb() };
}

function ms(value: number): string {
  return `${value.toFixed(0).padStart(5)} ms`;
}

/**
 * The best a page can do: the seed article as hand-written static HTML — same text, same image,
 * the app's own @font-face rules (device copy first, then the self-hosted subsets) — with no
 * JavaScript and a few lines of CSS.
 */
async function writeBaseline(): Promise<void> {
  const item = JSON.parse(await readFile(`dist/feed/items/${SEED}.json`, 'utf8')) as {
    title: string;
    summary: string;
    content_html: string;
    image: string;
    authors: { name: string }[];
    _sahifa: { image: { alt: string; caption: string; width: number; height: number } };
  };
  const shell = await readFile('dist/index.html', 'utf8');
  const fontFaces = (shell.match(/@font-face\{[^}]*\}/g) ?? []).join('');
  if (!fontFaces) throw new Error('bench: no @font-face rules in the inline stylesheet of dist/index.html');
  const image = item._sahifa.image;
  const html = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${item.title}</title><meta name="description" content="${item.summary}">
<link rel="preload" as="image" href="${item.image}" fetchpriority="high">
<style>
${fontFaces}
body{margin:0 auto;max-width:42rem;padding:1rem;font:1.1875rem/1.85 'Noto Naskh Arabic',serif;background:#fbfaf7;color:#1b1b1b}
h1{font:700 1.625rem/1.6 'Noto Kufi Arabic',sans-serif}img{width:100%;height:auto}figcaption{font-size:.875rem;color:#55534e}
</style></head><body><main><h1>${item.title}</h1><p>${item.summary}</p><p>بقلم ${item.authors[0]!.name}</p>
<figure><img src="${item.image}" alt="${image.alt}" width="${image.width}" height="${image.height}"><figcaption>${image.caption}</figcaption></figure>
${item.content_html}</main></body></html>`;
  await mkdir(join('dist', '__baseline'), { recursive: true });
  await writeFile(join('dist', '__baseline', 'article.html'), html);
}

/** A copy of the build whose seed article and static baseline are what a phone without Noto gets. */
async function writeWithoutLocalFonts(): Promise<void> {
  await rm(NO_LOCAL_FONTS_DIR, { recursive: true, force: true });
  await cp('dist', NO_LOCAL_FONTS_DIR, { recursive: true });
  // The seed article, and the static baseline so the two still compare like with like.
  for (const page of [join('articles', `${SEED}.html`), join('__baseline', 'article.html')]) {
    const file = join(NO_LOCAL_FONTS_DIR, page);
    await writeFile(file, withoutLocalNotoFonts(await readFile(file, 'utf8'), page));
  }
}
