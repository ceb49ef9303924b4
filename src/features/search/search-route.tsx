import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { SearchPage } from './SearchPage';
import { readSearchParams } from './search-params';
import { searchQueryOptions } from './search-queries';

/**
 * The search route's loader and view, loaded with the first visit to /search: readers who never
 * search never download the search code or its index.
 */
export function searchRoute(queryClient: QueryClient) {
  return {
    loader: async ({ request }: LoaderFunctionArgs) => {
      const params = readSearchParams(new URL(request.url).searchParams);
      if (params.q.trim()) {
        // A failure stays in the query and the page shows it with a retry, under the search field.
        await queryClient.ensureInfiniteQueryData(searchQueryOptions(queryClient, params)).catch(() => undefined);
      }
      return null;
    },
    Component: SearchPage,
  };
}
