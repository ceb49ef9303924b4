import type { QueryClient } from '@tanstack/react-query';
import { latestQueryOptions, sectionQueryOptions, siteQueryOptions } from '@/features/feed';

/** How long the home page waits for its section blocks before showing without them. */
const SECTION_BLOCKS_WAIT_MS = 3000;

/**
 * The home page needs the latest feed; without it there is no page. Section blocks are extras: a
 * section whose feed fails or hangs shows its own state inside its block (which retries on its
 * own) instead of holding or taking the page down. At build time every block is waited for.
 */
export const homeLoader = (queryClient: QueryClient) => async () => {
  const site = await queryClient.ensureQueryData(siteQueryOptions());
  const blocks = Promise.allSettled(
    site.sections.map((section) => queryClient.ensureInfiniteQueryData(sectionQueryOptions(section))),
  );
  const blocksOrTimeout = typeof window === 'undefined' ? blocks : Promise.race([blocks, new Promise((done) => setTimeout(done, SECTION_BLOCKS_WAIT_MS))]);
  await Promise.all([queryClient.ensureInfiniteQueryData(latestQueryOptions(site)), blocksOrTimeout]);
  return null;
};
