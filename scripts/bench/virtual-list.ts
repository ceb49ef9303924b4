/**
 * A long section, scrolled to its end: the production build on a synthetic feed whose one section
 * holds 10,000 articles, opened in Debian's Chromium (a phone-sized window) and scrolled down page
 * after page, as a reader would, until every article is loaded. Prints the largest DOM observed
 * (sampled after every page and at depths through the loaded list) and the JS heap after a forced
 * garbage collection at 1,000, 5,000 and 10,000 articles, against the targets: fewer than 1,500
 * elements at any depth, and a heap that stays bounded (what each further article costs).
 *
 *   node scripts/bench/virtual-list.ts [--count 10000] [--port 4187]
 */
import { execFileSync, spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { writeSyntheticFeed } from './synthetic-feed.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, port: { type: 'string', default: '4187' } } });
const count = Number(values.count);
const SECTION = 'national';
const DOM_TARGET = 1500;
/**
 * Bounded memory: past the first thousand articles, each further one may cost the heap at most
 * this much (a card's data, not its body or its DOM). Unbounded growth (every card kept in the DOM,
 * or every body kept in the cache) costs several times more.
 */
const HEAP_PER_ARTICLE_TARGET_KB = 1.5;
const MILESTONES = [...new Set([1000, 5000, 10_000, count])].filter((milestone) => milestone <= count);
const DEPTHS = [0.1, 0.25, 0.5, 0.75, 0.9, 1];

const dist = join(tmpdir(), 'sahifa-bench-virtual-list');
await rm(dist, { recursive: true, force: true });
const vite = (...args: string[]) => execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', ...args, '--logLevel', 'error'], { stdio: 'inherit' });
vite('--outDir', dist, '--emptyOutDir');
vite('--ssr', 'src/entry-server.tsx', '--outDir', 'dist-ssr');
await writeSyntheticFeed(join(dist, 'feed'), count, 'public/feed', SECTION);
// Home and the sections, as a deploy pre-renders them (the section hydrates with its first page).
const sectionCount = (await import('../../public/feed/site.json', { with: { type: 'json' } })).default.sections.length;
execFileSync(process.execPath, ['scripts/prerender.ts', '--dist', dist, '--limit', String(1 + sectionCount)], { stdio: 'ignore' });

const server = spawn(process.execPath, ['scripts/serve.ts', dist, '--port', values.port!], { stdio: 'ignore' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  await waitForServer(`http://127.0.0.1:${values.port}/`);
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1, locale: 'ar-DZ' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const heapMb = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')!.value / 1024 / 1024;
  };

  const started = performance.now();
  await page.goto(`http://127.0.0.1:${values.port}/sections/${SECTION}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  let maxDom = await domSize(page);
  const heaps = new Map<number, number>();
  let loaded = await loadedCount(page);
  while (loaded < count) {
    // To the bottom: the list asks for its next page as its end comes near, as it does for a reader.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction((before) => Number(/\d+/.exec(document.querySelector('main [role="status"]')?.textContent ?? '')?.[0] ?? 0) > before, loaded, { timeout: 15_000 });
    loaded = await loadedCount(page);
    maxDom = Math.max(maxDom, await domSize(page));
    for (const milestone of MILESTONES) if (loaded >= milestone && !heaps.has(milestone)) heaps.set(milestone, await heapMb());
  }
  const scrollSeconds = (performance.now() - started) / 1000;

  const depths: string[] = [];
  for (const depth of DEPTHS) {
    await page.evaluate((fraction) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * fraction), depth);
    // Two frames: the list renders what the new position shows.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const size = await domSize(page);
    maxDom = Math.max(maxDom, size);
    depths.push(`${depth * 100}%: ${size}`);
  }

  const verdict = (met: boolean) => (met ? 'MET' : 'MISSED');
  console.log(`bench virtual-list: section of ${loaded} articles, every page loaded by scrolling in ${scrollSeconds.toFixed(1)} s (412×823 window)`);
  console.log(`  DOM elements: max ${maxDom} over every page loaded and depths ${depths.join(', ')} (target < ${DOM_TARGET}) ${verdict(maxDom < DOM_TARGET)}`);
  console.log(`  JS heap after GC: ${[...heaps].map(([milestone, mb]) => `${milestone} articles ${mb.toFixed(1)} MB`).join(', ')}`);
  const first = MILESTONES[0]!;
  const last = MILESTONES.at(-1)!;
  if (last > first) {
    const perArticleKb = ((heaps.get(last)! - heaps.get(first)!) * 1024) / (last - first);
    console.log(`  heap per further article (${first}→${last}): ${perArticleKb.toFixed(2)} KB (target ≤ ${HEAP_PER_ARTICLE_TARGET_KB} KB: bounded) ${verdict(perArticleKb <= HEAP_PER_ARTICLE_TARGET_KB)}`);
  }
} finally {
  await browser.close();
  server.kill();
  await rm(dist, { recursive: true, force: true });
}

/** How many articles the page says it shows (its status line: "N مقالًا معروضًا"). */
async function loadedCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(/\d+/.exec(document.querySelector('main [role="status"]')?.textContent ?? '')?.[0] ?? 0));
}

async function domSize(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length);
}

async function waitForServer(url: string): Promise<void> {
  for (let attempt = 0; attempt < 50; attempt++) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`the build is not served at ${url}`);
}
