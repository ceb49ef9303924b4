import { QueryClient, onlineManager, type QueryCache } from '@tanstack/react-query';
import { isRetryable } from '@/features/feed';

const MAX_RETRIES = 2;

/**
 * Transient failures are retried twice with jittered exponential backoff (about 1 s, then 2 s);
 * a 4xx, a bad document or a missing file never are: asking again cannot help and only loads the
 * server. Offline, a request fails at once (networkMode 'always') instead of pausing: a loader
 * would otherwise wait silently for the network, and the reader gets a message and a retry.
 * Cached pages keep rendering, and everything refetches when the connection returns.
 */
export function createQueryClient(queryCache?: QueryCache): QueryClient {
  return new QueryClient({
    queryCache,
    defaultOptions: {
      queries: {
        networkMode: 'always',
        // Off by default with networkMode 'always'; the offline notice promises it.
        refetchOnReconnect: true,
        retry: (failureCount, error) => failureCount < MAX_RETRIES && onlineManager.isOnline() && isRetryable(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000) * (0.75 + Math.random() * 0.5),
        refetchOnWindowFocus: false,
      },
    },
  });
}
