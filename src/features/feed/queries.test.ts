// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FeedError, isRetryable } from './feed-error';
import { jsonFeed, jsonItem, jsonResponse } from './feed-test-helpers';
import { articleQueryOptions, feedKeys, sectionQueryOptions, siteQueryOptions } from './queries';

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
  it('opens an article already listed without a request', async () => {
    const fetchMock = stubFetch(jsonResponse(jsonFeed([jsonItem('listed')])));
    const client = new QueryClient();
    await client.fetchInfiniteQuery(sectionQueryOptions(section));
    const article = await client.ensureQueryData(articleQueryOptions('listed', client));
    expect(article.title).toBe('عنوان listed');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('fetches items/<id>.json on a deep link', async () => {
    const fetchMock = stubFetch(jsonResponse(jsonItem('deep')));
    const client = new QueryClient();
    const article = await client.ensureQueryData(articleQueryOptions('deep', client));
    expect(article.id).toBe('deep');
    expect(fetchMock.mock.calls[0]?.[0]).toBe('http://localhost:3000/feed/items/deep.json');
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
