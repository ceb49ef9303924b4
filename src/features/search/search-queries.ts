import { infiniteQueryOptions, type QueryClient } from '@tanstack/react-query';
import {
  SEARCH_URL,
  feedKeys,
  remoteSearchQueryOptions,
  searchIndexQueryOptions,
  type SearchIndexData,
  type SearchPage,
  type SearchParams,
} from '@/features/feed';
import { SearchEngine } from './engine';

/** Results shown at once, and added by "more results". */
export const RESULTS_PAGE_SIZE = 20;

/** One engine per downloaded index: its query cache lives as long as the index does. */
const engines = new WeakMap<SearchIndexData, SearchEngine>();

function engineFor(index: SearchIndexData): SearchEngine {
  let engine = engines.get(index);
  if (!engine) {
    engine = new SearchEngine(index);
    engines.set(index, engine);
  }
  return engine;
}

/**
 * Results from the index in the browser, as pages like the remote endpoint's, so the view and
 * back/forward treat both alike (pages already shown stay in the cache). The page parameter is
 * the offset of the page's first result.
 */
const localSearchQueryOptions = (queryClient: QueryClient, params: SearchParams) =>
  infiniteQueryOptions({
    // The remote endpoint's key: one query type whichever answers, and refreshing ['feed'] refreshes results.
    queryKey: feedKeys.search(params),
    queryFn: async ({ pageParam }): Promise<SearchPage> => {
      const index = await queryClient.ensureQueryData(searchIndexQueryOptions());
      return engineFor(index).page(params, pageParam, RESULTS_PAGE_SIZE);
    },
    initialPageParam: 0,
    getNextPageParam: (lastPage: SearchPage) => lastPage.nextPage,
    // Results change only with the index, which changes only with a deploy.
    staleTime: Infinity,
  });

/** The newsroom's endpoint when VITE_SEARCH_URL is set; otherwise the index, searched here. */
export const searchQueryOptions = (queryClient: QueryClient, params: SearchParams) =>
  SEARCH_URL ? remoteSearchQueryOptions(params) : localSearchQueryOptions(queryClient, params);
