import type { QueryClient } from '@tanstack/react-query';
import { latestQueryOptions, sectionQueryOptions, siteQueryOptions } from '@/features/feed';

/**
 * The home page needs the latest feed; without it there is no page. Section blocks are extras: a
 * section whose feed fails shows its own error inside its block instead of taking the page down.
 */
export const homeLoader = (queryClient: QueryClient) => async () => {
  const site = await queryClient.ensureQueryData(siteQueryOptions());
  await Promise.all([
    queryClient.ensureInfiniteQueryData(latestQueryOptions(site)),
    Promise.allSettled(site.sections.map((section) => queryClient.ensureInfiniteQueryData(sectionQueryOptions(section)))),
  ]);
  return null;
};
