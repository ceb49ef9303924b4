// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FeedError } from './feed-error';
import { parseFeedPage } from './normalise';

/**
 * Real feeds Sahifa did not make (shared/interop-feeds, beside the checkout). Never copied into the
 * project; the suite skips when the folder is absent.
 */
const DIR = join(import.meta.dirname, '../../../../shared/interop-feeds');
const present = existsSync(DIR);
const context = (name: string) => ({ documentUrl: `https://example.org/${name}`, appOrigin: 'http://localhost' });
const parse = (name: string) => {
  const text = readFileSync(join(DIR, name), 'utf8');
  return parseFeedPage(JSON.parse(text), context(name));
};

describe.skipIf(!present)('real-world JSON Feeds', () => {
  const valid = ['3960.json', 'DaringFireball.json', 'allthis.json', 'curt.json', 'inessential.json', 'pxlnv.json', 'rose.json'];

  it.each(valid)('%s reads into articles with a headline and safe content', (name) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page = parse(name);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.skipped).toEqual([]);
    for (const item of page.items) {
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.contentHtml).not.toMatch(/<script|\son\w+=/i);
      if (item.datePublished) expect(Number.isNaN(Date.parse(item.datePublished))).toBe(false);
    }
  });

  it('keeps German items in German and English items without a language undetermined', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const languages = new Set(valid.flatMap((name) => parse(name).items.map((item) => item.language)));
    expect(languages).toContain('de-DE');
    expect(languages).toContain(undefined);
  });

  it('prefers item authors over the legacy author, and falls back to the feed authors', () => {
    const feed = JSON.parse(readFileSync(join(DIR, 'authors.json'), 'utf8')) as { items: Record<string, unknown>[] };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // As published the items are empty: nothing a reader could read, so they are skipped.
    expect(parseFeedPage(feed, context('authors.json')).skipped).toHaveLength(4);
    const withText = { ...feed, items: feed.items.map((item) => ({ ...item, content_text: 'نص' })) };
    const names = parseFeedPage(withText, context('authors.json')).items.map((item) => item.authors.map((a) => a.name));
    expect(names).toEqual([
      ['Root Author 1', 'Root Author 2'],
      ['Legacy Item Author'],
      ['Item Author 1', 'Item Author 2'],
      ['Item Author 1', 'Item Author 2'],
    ]);
  });

  it('refuses a truncated file with a parse error', () => {
    expect(() => JSON.parse(readFileSync(join(DIR, 'allthis-partial.json'), 'utf8'))).toThrow(SyntaxError);
  });

  it('refuses RSS written as JSON with a clear message', () => {
    expect(() => parse('ScriptingNews.json')).toThrow(FeedError);
    try {
      parse('ScriptingNews.json');
    } catch (error) {
      expect((error as FeedError).kind).toBe('shape');
      expect((error as FeedError).message).toMatch(/version|title|items/);
    }
  });
});
