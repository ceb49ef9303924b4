/**
 * Search at scale: the index of a synthetic 10,000-article feed, its size and how fast queries
 * answer, in Node and in Chromium, with the app's own index builder and search engine. Prints size
 * (raw and gzipped) and p50/p95 query times against the targets (< 3 MB gzipped, < 50 ms).
 *
 *   npm run bench:search [-- --count 10000 --runs 5]
 */
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { buildSearchIndexFile, formatBytes, withAppModules } from '../search-index.ts';
import { writeSyntheticFeed } from './synthetic-feed.ts';

type EngineModule = typeof import('../../src/features/search/engine.ts');

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' }, runs: { type: 'string', default: '5' } } });
const count = Number(values.count);
const runs = Number(values.runs);
const SIZE_TARGET = 3e6;
const TIME_TARGET_MS = 50;

/**
 * What readers type: names, places and topics from the feed, with and without hamza, tashkeel,
 * the article or a clitic, several words, Latin, Arabic-Indic digits, and every prefix of a word
 * as it is typed (the costliest: short prefixes complete to many words).
 */
const QUERIES = [
  'سرت', 'سِرْت', 'امريكا', 'أمريكا غارات', 'الليبية', 'ليبيا', 'الجزائر', 'بالجزائر', 'كرة القدم', 'المنتخب الوطني',
  'الانتخابات المحلية', 'نسبة المشاركة', 'بكالوريا ٢٠٢٦', 'الجيل الخامس', 'حرائق الغابات', 'التضخم والدينار', 'الحج',
  'مهرجان المسرح', 'كوب 31', 'قانون المالية', 'سوناطراك', 'Android', 'الصالون الدولي للكتاب', 'غزة', 'السودان المجاعة',
  'مسوول', 'نشريه خاصه', 'وزير الدفاع الأميركي', 'كلمة لا توجد',
  ...['ا', 'ال', 'الج', 'الجز', 'الجزا', 'الجزائ', 'الجزائر'],
  ...['م', 'مه', 'مهر', 'مهرج', 'مهرجا', 'مهرجان'],
];

const percentile = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const summary = (times: number[]) =>
  `p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms over ${times.length} queries`;
const verdict = (met: boolean) => (met ? 'MET' : 'MISSED');

const feedDir = join(tmpdir(), 'sahifa-bench-search-feed');
await writeSyntheticFeed(feedDir, count);

const started = performance.now();
const { index, raw, gzipped } = await buildSearchIndexFile(feedDir);
const buildSeconds = (performance.now() - started) / 1000;
console.log(`bench search: ${index.docs.length} articles, ${index.terms.length} words, index built in ${buildSeconds.toFixed(1)} s`);
console.log(`  index size: ${formatBytes(raw)} raw, ${formatBytes(gzipped)} gzipped (target < ${formatBytes(SIZE_TARGET)} gzipped) ${verdict(gzipped < SIZE_TARGET)}`);

// The synthetic feed repeats the sample's 49 articles; what one distinct article costs is measured
// on the sample feed itself, where every article is different.
const sample = await buildSearchIndexFile(resolve('public/feed'), join(tmpdir(), 'sahifa-bench-sample-index.json'));
console.log(
  `  per distinct article (sample feed, ${sample.index.docs.length} articles): ${(sample.raw / sample.index.docs.length / 1000).toFixed(2)} kB raw, ${(sample.gzipped / sample.index.docs.length / 1000).toFixed(2)} kB gzipped`,
);

const nodeTimes = await withAppModules(async (load) => {
  const { SearchEngine } = await load<EngineModule>('features/search/engine.ts');
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    for (const q of QUERIES) {
      // A fresh engine each time: no query is answered from the engine's cache of recent results.
      const engine = new SearchEngine(index);
      const start = performance.now();
      engine.page({ q }, 0, 20);
      // The first round warms the JIT up, as the reader's first keystrokes do.
      if (run > 0) times.push(performance.now() - start);
    }
  }
  return times;
});
console.log(`  query in Node: ${summary(nodeTimes)} (target < ${TIME_TARGET_MS} ms) ${verdict(percentile(nodeTimes, 95) < TIME_TARGET_MS)}`);

await benchInChromium(join(feedDir, 'search-index.json'));
await rm(feedDir, { recursive: true, force: true });

/**
 * The same engine, bundled by Vite for the browser, in Debian's Chromium: reads the index, parses
 * and validates it as the app does, then times the queries.
 */
async function benchInChromium(indexFile: string): Promise<void> {
  const entry = join(tmpdir(), 'sahifa-search-bench.ts');
  await writeFile(
    entry,
    `import { parseSearchIndex } from '@/features/feed/search';
     import { SearchEngine } from '@/features/search/engine';
     window.benchSearch = async (queries, runs) => {
       const text = await (await fetch('/search-index.json')).text();
       const start = performance.now();
       const index = parseSearchIndex(JSON.parse(text), { documentUrl: location.href, appOrigin: location.origin });
       const parse = performance.now() - start;
       const times = [];
       for (let run = 0; run <= runs; run++) {
         for (const q of queries) {
           const engine = new SearchEngine(index);
           const start = performance.now();
           engine.page({ q }, 0, 20);
           if (run > 0) times.push(performance.now() - start);
         }
       }
       return { parse, times };
     };`,
  );
  const output = await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': resolve('src') } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name: 'searchBench', fileName: 'bench' } },
  });
  const bundle = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).find((chunk) => chunk.type === 'chunk');
  await rm(entry);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error(`  bench page error: ${error.message}`));
    await page.route('http://bench.invalid/**', (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/search-index.json') return route.fulfill({ path: indexFile, contentType: 'application/json' });
      if (path === '/bench.js') return route.fulfill({ body: bundle?.code ?? '', contentType: 'text/javascript' });
      return route.fulfill({ body: '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>', contentType: 'text/html' });
    });
    await page.goto('http://bench.invalid/');
    const result = await page.evaluate(
      ([queries, rounds]) => (window as unknown as { benchSearch: (q: readonly string[], r: number) => Promise<{ parse: number; times: number[] }> }).benchSearch(queries, rounds),
      [QUERIES, runs] as const,
    );
    console.log(`  index load in Chromium: parsed and validated in ${result.parse.toFixed(0)} ms (once per visit; download excluded)`);
    console.log(`  query in Chromium: ${summary(result.times)} (target < ${TIME_TARGET_MS} ms) ${verdict(percentile(result.times, 95) < TIME_TARGET_MS)}`);
  } finally {
    await browser.close();
  }
}
