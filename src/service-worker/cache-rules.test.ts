import { describe, expect, it } from 'vitest';
import { articleIdFromPath } from '../features/feed/urls';
import { documentsBehindPage, isFeedDocument, isFeedImage, isOutdatedPagesCache, pagesCacheName } from './cache-rules';

const ORIGIN = 'https://sahifa.example';
const at = (path: string) => new URL(path, ORIGIN);

describe('pages cache per version', () => {
  const precache = [{ url: 'assets/index-abc.js', revision: null }, 'assets/other.css', { url: 'app-shell.html', revision: '1f2e' }];

  it('is named after the revision of the shell, which changes with any script the shell names', () => {
    expect(pagesCacheName(precache)).toBe('sahifa-pages-1f2e');
  });

  it('refuses a precache without a revisioned shell: pages of two versions would share a cache', () => {
    expect(() => pagesCacheName([{ url: 'app-shell.html', revision: null }])).toThrow(/app-shell\.html/);
    expect(() => pagesCacheName(['assets/index-abc.js'])).toThrow();
  });

  it('drops the pages of any other version, and no other cache', () => {
    expect(isOutdatedPagesCache('sahifa-pages-0a0a', 'sahifa-pages-1f2e')).toBe(true);
    expect(isOutdatedPagesCache('sahifa-pages-1f2e', 'sahifa-pages-1f2e')).toBe(false);
    expect(isOutdatedPagesCache('sahifa-feed', 'sahifa-pages-1f2e')).toBe(false);
    expect(isOutdatedPagesCache('workbox-precache-v2-https://sahifa.example/', 'sahifa-pages-1f2e')).toBe(false);
  });
});

describe('feed documents and images', () => {
  it('keeps the JSON documents under the feed base: lists, articles, site config, search index', () => {
    for (const path of ['/feed/latest.json', '/feed/latest-2.json', '/feed/sections/world.json', '/feed/items/a.json', '/feed/site.json', '/feed/search-index.json']) {
      expect(isFeedDocument(at(path), ORIGIN), path).toBe(true);
    }
  });

  it('never keeps an editor’s draft, nor anything outside the feed', () => {
    expect(isFeedDocument(at('/feed/drafts/next.json'), ORIGIN)).toBe(false);
    expect(isFeedDocument(at('/manifest.webmanifest'), ORIGIN)).toBe(false);
    expect(isFeedDocument(at('/feed/media/logo.svg'), ORIGIN)).toBe(false);
    expect(isFeedDocument(new URL('https://elsewhere.example/feed/latest.json'), ORIGIN)).toBe(false);
  });

  it('keeps images the feed serves, only when the browser asked for an image', () => {
    expect(isFeedImage(at('/feed/media/a-640.webp'), 'image', ORIGIN)).toBe(true);
    expect(isFeedImage(at('/feed/media/a-640.webp'), '', ORIGIN)).toBe(false);
    expect(isFeedImage(at('/icons/icon-192.png'), 'image', ORIGIN)).toBe(false);
  });
});

describe('documents behind a page', () => {
  it('an article needs the site config and its own document', () => {
    expect(documentsBehindPage(at('/articles/2026-11-24-us-strikes-sirte'))).toEqual([
      `${ORIGIN}/feed/site.json`,
      `${ORIGIN}/feed/items/2026-11-24-us-strikes-sirte.json`,
    ]);
  });

  it('an article id with Arabic or reserved characters maps to the same document the app requests', () => {
    const id = 'خبر عاجل/1';
    const path = `/articles/${encodeURIComponent(id)}`;
    expect(articleIdFromPath(path)).toBe(id);
    expect(documentsBehindPage(at(path))[1]).toBe(`${ORIGIN}/feed/items/${encodeURIComponent(id)}.json`);
  });

  it('any other page needs the site config (its lists are requested when it renders)', () => {
    expect(documentsBehindPage(at('/'))).toEqual([`${ORIGIN}/feed/site.json`]);
    expect(documentsBehindPage(at('/sections/world'))).toEqual([`${ORIGIN}/feed/site.json`]);
    expect(documentsBehindPage(at('/articles/a/comments'))).toEqual([`${ORIGIN}/feed/site.json`]);
    expect(documentsBehindPage(at('/articles/%E0%A4%A'))).toEqual([`${ORIGIN}/feed/site.json`]);
  });
});
