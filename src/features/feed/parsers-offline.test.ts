// @vitest-environment jsdom
import { QueryClient } from '@tanstack/react-query';
import { afterEach, expect, it, vi } from 'vitest';
import { isFeedError, isRetryable } from './feed-error';
import { jsonItem, jsonResponse } from './feed-test-helpers';
import { articleQueryOptions } from './queries';

// Offline on a pre-rendered page: the parsers' chunk was never downloaded, and now cannot be.
vi.mock('./normalise', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

afterEach(() => vi.unstubAllGlobals());

it('parsers that cannot load fail the request with a retryable network error, not an unexpected one', async () => {
  vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockResolvedValue(jsonResponse(jsonItem('a'))));
  const failure = await new QueryClient().fetchQuery({ ...articleQueryOptions('a'), retry: false }).catch((error: unknown) => error);
  expect(isFeedError(failure) && failure.kind).toBe('network');
  expect(isRetryable(failure)).toBe(true);
});
