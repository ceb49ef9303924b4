/** Why a feed document could not be used. Each kind maps to its own message in the UI. */
export type FeedErrorKind =
  | 'not-found' // 404/410, or the static host answered with its HTML fallback page
  | 'http' // any other non-2xx answer
  | 'timeout' // no complete answer within FEED_TIMEOUT_MS
  | 'network' // offline, DNS, CORS, redirect loop
  | 'content-type' // an answer that is not JSON
  | 'parse' // malformed JSON
  | 'shape'; // JSON that is not a valid JSON Feed / site config / item

export class FeedError extends Error {
  readonly kind: FeedErrorKind;
  readonly url: string;
  readonly status: number | undefined;

  constructor(kind: FeedErrorKind, url: string, detail: string, status?: number) {
    super(`${kind}: ${detail} (${url})`);
    this.name = 'FeedError';
    this.kind = kind;
    this.url = url;
    this.status = status;
  }
}

export const isFeedError = (error: unknown): error is FeedError => error instanceof FeedError;

/** Retrying helps only with transient trouble: never a 4xx, a bad document or a missing file. */
export function isRetryable(error: unknown): boolean {
  if (!isFeedError(error)) return false;
  if (error.kind === 'timeout' || error.kind === 'network') return true;
  return error.kind === 'http' && (error.status === undefined || error.status >= 500);
}
