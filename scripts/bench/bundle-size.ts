/**
 * What a cold load of each kind of page costs, read from the pre-rendered HTML in dist/: the
 * JavaScript and CSS it references (entry plus modulepreloads, gzipped) and the fonts its CSS can
 * pull. Fails when a page goes over its budget, so a regression cannot land unnoticed; the
 * performance target is printed beside it.
 *
 *   node scripts/bench/bundle-size.ts [--dist dist]
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = values.dist!;

/** Gzipped KB. The target is the goal; the budget is what CI enforces today. */
const JS_TARGET_KB = 130;
const JS_BUDGET_KB = 145;
const CSS_BUDGET_KB = 12;

const gzipKb = async (file: string) => gzipSync(await readFile(join(dist, file))).length / 1024;

async function pageCost(htmlFile: string) {
  const html = await readFile(join(dist, htmlFile), 'utf8');
  // The inline app loader (vite.config.ts, firstPaintFirst) names the entry and its preloads.
  const scripts = [...html.matchAll(/"\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const scriptsKb = (await Promise.all([...new Set(scripts)].map(gzipKb))).reduce((a, b) => a + b, 0);
  const inlineStyles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  return { js: scriptsKb, css: gzipSync(inlineStyles).length / 1024 };
}

// The Arabic subsets of the three faces; Latin subsets load only for pages with Latin text.
const fonts = (await readdir(join(dist, 'assets'))).filter((file) => /-arabic-arabic-\d+-normal.*\.woff2$/.test(file));
const fontKb = (await Promise.all(fonts.map(async (file) => (await readFile(join(dist, 'assets', file))).length / 1024))).reduce((a, b) => a + b, 0);
const lazy = (await readdir(join(dist, 'assets'))).filter((file) => file.endsWith('.js'));

const pages = { article: 'articles/2026-11-24-us-strikes-sirte.html', section: 'sections/world.html', home: 'index.html' };
let failed = false;
console.log('page      JS (gzip)   CSS (gzip, inline)   Arabic fonts (woff2)');
for (const [name, file] of Object.entries(pages)) {
  const cost = await pageCost(file);
  const over = cost.js > JS_BUDGET_KB || cost.css > CSS_BUDGET_KB;
  failed ||= over;
  console.log(
    `${name.padEnd(9)} ${cost.js.toFixed(1).padStart(6)} KB   ${cost.css.toFixed(1).padStart(6)} KB    ${fontKb.toFixed(0)} KB  ` +
      `(JS target ${JS_TARGET_KB} KB: ${cost.js <= JS_TARGET_KB ? 'met' : 'not met'}; budget ${JS_BUDGET_KB}/${CSS_BUDGET_KB} KB: ${over ? 'OVER' : 'ok'})`,
  );
}
console.log(`lazy chunks (not in a cold load): ${lazy.length - 1} files`);
if (failed) {
  console.error('bundle-size: over budget');
  process.exit(1);
}
