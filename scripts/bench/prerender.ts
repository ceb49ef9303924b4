/**
 * Pre-rendering at scale: the production build on a synthetic feed of 10,000 articles.
 * Prints pages per second and total time against the target (all of them in under 2 minutes).
 * Needs the server bundle from `npm run build` (dist-ssr/).
 *
 *   node scripts/bench/prerender.ts [--count 10000]
 */
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticFeed } from './synthetic-feed.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const count = Number(values.count);
const TARGET_SECONDS = 120;

const dist = join(tmpdir(), 'sahifa-bench-dist');
await rm(dist, { recursive: true, force: true });
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error']);
await writeSyntheticFeed(join(dist, 'feed'), count);

const started = performance.now();
const output = execFileSync(process.execPath, ['scripts/prerender.ts', '--dist', dist], { encoding: 'utf8' });
const seconds = (performance.now() - started) / 1000;
const pages = Number(/prerender: (\d+) pages/.exec(output)?.[1] ?? 0);

console.log(output.trim());
console.log(`bench prerender: ${count} articles → ${pages} pages in ${seconds.toFixed(1)} s, ${(pages / seconds).toFixed(0)} pages/s (target: all in < ${TARGET_SECONDS} s) ${seconds < TARGET_SECONDS ? 'MET' : 'MISSED'}`);
await rm(dist, { recursive: true, force: true });
