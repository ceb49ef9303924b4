import { QueryClient } from '@tanstack/react-query';
import { isRetryable } from '@/features/feed';

const MAX_RETRIES = 2;

/**
 * Transient failures are retried twice with jittered exponential backoff (about 1 s, then 2 s);
 * a 4xx, a bad document or a missing file never are: asking again cannot help and only loads the
 * server.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < MAX_RETRIES && isRetryable(error),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000) * (0.75 + Math.random() * 0.5),
        refetchOnWindowFocus: false,
      },
    },
  });
}
