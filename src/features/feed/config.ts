/**
 * Where the feed lives. A build-time setting so a newsroom can point the app at its own CMS output:
 * `VITE_FEED_BASE_URL=https://cms.example/feed/ npm run build`. Relative values resolve against the
 * page (the default `/feed/` is the bundled sample feed under `public/feed/`).
 */
export const FEED_BASE_URL: string = normaliseBase(import.meta.env.VITE_FEED_BASE_URL ?? '/feed/');

/** Give up on a feed request that has not answered after this long (flaky mobile networks). */
export const FEED_TIMEOUT_MS = 15_000;

/** Feed data is news: fresh enough for five minutes, kept for half an hour for back/forward. */
export const FEED_STALE_TIME_MS = 5 * 60_000;
export const FEED_GC_TIME_MS = 30 * 60_000;

function normaliseBase(base: string): string {
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * A newsroom's own search endpoint (`VITE_SEARCH_URL=https://cms.example/search npm run build`).
 * Unset, the app searches the index built next to the feed (`search-index.json`) in the browser.
 */
export const SEARCH_URL: string | undefined = import.meta.env.VITE_SEARCH_URL || undefined;
