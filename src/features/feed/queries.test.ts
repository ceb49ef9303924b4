// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError, isRetryable } from './feed-error';
import { jsonFeed, jsonItem, jsonResponse } from './feed-test-helpers';
import { articleQueryOptions, ensureArticlePageData, feedKeys, sectionQueryOptions, siteQueryOptions } from './queries';

const section = { slug: 'world', title: 'دولي', feedUrl: '/feed/sections/world.json' };

afterEach(() => vi.unstubAllGlobals());

function stubFetch(...responses: Response[]) {
  const fetchMock = vi.fn<typeof fetch>();
  for (const response of responses) fetchMock.mockResolvedValueOnce(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('query keys', () => {
  it('nest under feed', () => {
    expect(siteQueryOptions().queryKey).toEqual(['feed', 'site']);
    expect(sectionQueryOptions(section).queryKey).toEqual(['feed', 'section', 'world']);
    expect(articleQueryOptions('a').queryKey).toEqual(['feed', 'article', 'a']);
    expect(feedKeys.latest()).toEqual(['feed', 'latest']);
  });
});

describe('section pages', () => {
  it('hold teasers, not bodies', async () => {
    stubFetch(jsonResponse(jsonFeed([jsonItem('a')])));
    const data = await new QueryClient().fetchInfiniteQuery(sectionQueryOptions(section));
    expect(data.pages[0]?.items[0]).toMatchObject({ id: 'a', title: 'عنوان a' });
    expect(data.pages[0]?.items[0]).not.toHaveProperty('contentHtml');
  });

  it('follow next_url, asking for JSON Feed', async () => {
    const fetchMock = stubFetch(
      jsonResponse(jsonFeed([jsonItem('a')], { next_url: 'world-2.json' }), { contentType: 'application/feed+json', url: 'http://localhost:3000/feed/sections/world.json' }),
      jsonResponse(jsonFeed([jsonItem('b')]), { url: 'http://localhost:3000/feed/sections/world-2.json' }),
    );
    const data = await new QueryClient().fetchInfiniteQuery({ ...sectionQueryOptions(section), pages: 2 });
    expect(data.pages.flatMap((page) => page.items.map((item) => item.id))).toEqual(['a', 'b']);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://localhost:3000/feed/sections/world.json');
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).get('accept')).toContain('application/feed+json');
  });
});

describe('articleQueryOptions', () => {
  it('fetches items/<id>.json, even when a list holds the article', async () => {
    const fetchMock = stubFetch(jsonResponse(jsonFeed([jsonItem('listed')])), jsonResponse(jsonItem('listed')));
    const client = new QueryClient();
    await client.fetchInfiniteQuery(sectionQueryOptions(section));
    const article = await client.ensureQueryData(articleQueryOptions('listed'));
    expect(article.contentHtml).toBe('<p>نص المقال listed</p>');
    expect(fetchMock.mock.calls[1]?.[0]).toBe('http://localhost:3000/feed/items/listed.json');
  });
});

describe('ensureArticlePageData', () => {
  const site = { name: 'صحيفة', language: 'ar', locale: 'ar-DZ', time_zone: 'Africa/Algiers', home_feed_url: '/feed/latest.json', sections: [{ slug: 'world', title: 'دولي', feed_url: '/feed/sections/world.json' }] };

  it("fills the cache with the item and its section's first page, once", async () => {
    const fetchMock = stubFetch(jsonResponse(site), jsonResponse(jsonItem('a')), jsonResponse(jsonFeed([jsonItem('b')])));
    const client = new QueryClient();
    await ensureArticlePageData(client, 'a');
    await ensureArticlePageData(client, 'a');
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([
      'http://localhost:3000/feed/site.json',
      'http://localhost:3000/feed/items/a.json',
      'http://localhost:3000/feed/sections/world.json',
    ]);
    expect(client.getQueryData(articleQueryOptions('a').queryKey)?.id).toBe('a');
  });

  it('does without the section when its feed fails', async () => {
    stubFetch(jsonResponse(site), jsonResponse(jsonItem('a')), jsonResponse('', { status: 404 }));
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(ensureArticlePageData(client, 'a')).resolves.toBeUndefined();
  });
});

describe('failures become FeedErrors with a kind', () => {
  const load = () => new QueryClient().fetchQuery(articleQueryOptions('x'));

  it.each([
    ['404', 'not-found', () => jsonResponse('', { status: 404 }), false],
    ['SPA fallback HTML', 'not-found', () => jsonResponse('<!doctype html>', { contentType: 'text/html' }), false],
    ['500', 'http', () => jsonResponse('', { status: 500 }), true],
    ['503', 'http', () => jsonResponse('', { status: 503 }), true],
    ['403', 'http', () => jsonResponse('', { status: 403 }), false],
    ['text/plain', 'content-type', () => jsonResponse('{}', { contentType: 'text/plain' }), false],
    ['malformed JSON', 'parse', () => jsonResponse('{"id": ', {}), false],
    ['wrong shape', 'shape', () => jsonResponse({ hello: 'world' }), false],
  ])('%s → %s', async (_name, kind, response, retryable) => {
    stubFetch(response());
    const error = await load().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedError);
    expect((error as FeedError).kind).toBe(kind);
    expect(isRetryable(error)).toBe(retryable);
  });

  it('network failure → network, retryable', async () => {
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await load().catch((caught: unknown) => caught);
    expect((error as FeedError).kind).toBe('network');
    expect(isRetryable(error)).toBe(true);
  });
});
