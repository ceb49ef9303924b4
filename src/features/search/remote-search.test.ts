// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * A newsroom's own search endpoint (VITE_SEARCH_URL), as documented in docs/feed-format.md: the
 * app asks it instead of loading the index, and reads its answer with the same care as the feed.
 */
afterEach(() => {
  vi.unstubAllEnvs();
  vi.unstubAllGlobals();
  vi.resetModules();
});

async function withEndpoint(body: unknown, status = 200) {
  vi.stubEnv('VITE_SEARCH_URL', 'https://cms.example/api/search?site=sahifa');
  vi.resetModules();
  const fetchMock = vi.fn<typeof fetch>(async (input) =>
    Object.defineProperty(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }), 'url', { value: String(input) }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const { searchQueryOptions } = await import('./search-queries');
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { fetchMock, queryClient, searchQueryOptions };
}

describe('search through VITE_SEARCH_URL', () => {
  it('asks the endpoint with q, section and page, never for the index, and reads its answer', async () => {
    const { fetchMock, queryClient, searchQueryOptions } = await withEndpoint({
      total: 42,
      results: [
        { id: '2026-11-24-us-strikes-sirte', title: 'أمريكا تشن غارات جوية على سرت', section: 'world', date_published: '2026-11-24T10:30:00+01:00', snippet: 'غارات على سرت', language: 'ar' },
        { id: 7, title: 'بلا مقتطف' },
        { title: 'بلا معرّف: يُتجاهل' },
      ],
      next_page: 2,
      sections: { world: 30, national: 12 },
    });
    const data = await queryClient.fetchInfiniteQuery(searchQueryOptions(queryClient, { q: 'سرت', section: 'world' }));

    const requested = new URL(String(fetchMock.mock.calls[0]?.[0]));
    expect(`${requested.origin}${requested.pathname}`).toBe('https://cms.example/api/search');
    expect(Object.fromEntries(requested.searchParams)).toEqual({ site: 'sahifa', q: 'سرت', section: 'world', page: '1' });
    expect(fetchMock).toHaveBeenCalledTimes(1);

    const [page] = data.pages;
    expect(page).toMatchObject({ total: 42, nextPage: 2, sectionCounts: { world: 30, national: 12 } });
    expect(page!.hits).toEqual([
      {
        id: '2026-11-24-us-strikes-sirte',
        path: '/articles/2026-11-24-us-strikes-sirte',
        title: 'أمريكا تشن غارات جوية على سرت',
        snippet: 'غارات على سرت',
        sectionSlug: 'world',
        datePublished: '2026-11-24T09:30:00.000Z',
        language: 'ar',
      },
      { id: '7', path: '/articles/7', title: 'بلا مقتطف', snippet: '', sectionSlug: undefined, datePublished: undefined, language: undefined },
    ]);
  });

  it('an answer of the wrong shape is a clear error, not a crash', async () => {
    const { queryClient, searchQueryOptions } = await withEndpoint({ hits: [] });
    await expect(queryClient.fetchInfiniteQuery(searchQueryOptions(queryClient, { q: 'سرت' }))).rejects.toMatchObject({ kind: 'shape' });
  });
});
