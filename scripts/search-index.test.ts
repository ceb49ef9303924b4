import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchIndexSchema } from '../src/features/feed/search.ts';

/** The build step as `npm run build` runs it: on a copy of the feed, as the client build leaves it in dist/. */
const CLI = join(import.meta.dirname, 'search-index.ts');
const SAMPLE_FEED = join(import.meta.dirname, '../public/feed');
const run = promisify(execFile);

let feedDir: string;
beforeAll(async () => {
  feedDir = await mkdtemp(join(tmpdir(), 'search-index-'));
  await cp(SAMPLE_FEED, feedDir, { recursive: true });
});
afterAll(() => rm(feedDir, { recursive: true, force: true }));

/** The environment of the test run, without a VITE_SEARCH_URL a developer may have set. */
const env = (extra: Record<string, string> = {}) => {
  const base: NodeJS.ProcessEnv = { ...process.env };
  delete base.VITE_SEARCH_URL;
  return { ...base, ...extra };
};

describe('scripts/search-index.ts', () => {
  it('writes search-index.json next to the feed, valid for the app, and says what it wrote', { timeout: 60_000 }, async () => {
    const { stdout } = await run(process.execPath, [CLI, feedDir], { env: env() });
    expect(stdout).toMatch(/^search-index: 49 articles, \d+ words → .*search-index\.json \([\d.]+ kB, [\d.]+ kB gzipped\)/);
    const index = searchIndexSchema.parse(JSON.parse(await readFile(join(feedDir, 'search-index.json'), 'utf8')));
    expect(index.docs.map((doc) => doc[0])).toContain('2026-11-24-us-strikes-sirte');
    expect(index.sections).toEqual(['national', 'world', 'economy', 'sports', 'culture', 'technology']);
  });

  it('builds nothing when the app searches a newsroom endpoint (VITE_SEARCH_URL)', { timeout: 60_000 }, async () => {
    const out = join(feedDir, 'unused-index.json');
    const { stdout } = await run(process.execPath, [CLI, feedDir, '--out', out], { env: env({ VITE_SEARCH_URL: 'https://cms.example/search' }) });
    expect(stdout).toContain('VITE_SEARCH_URL is set');
    await expect(readFile(out)).rejects.toThrow();
  });

  it('fails loudly when there is no feed to index', { timeout: 60_000 }, async () => {
    await expect(run(process.execPath, [CLI, join(feedDir, 'no-such-dir')], { env: env() })).rejects.toMatchObject({ code: 1 });
  });
});
