import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ensureArticlePageData } from './queries';

/** `navigator.connection` where the browser has it (Chromium); elsewhere every network counts as fast. */
interface NetworkInformation {
  saveData?: boolean;
  effectiveType?: string;
}

/**
 * How much to fetch ahead: nothing when the reader asked to save data or is on 2G; on 3G only the
 * article they point at or focus; otherwise also the cards they see.
 */
export function prefetchScope(): 'none' | 'intent' | 'on-screen' {
  const connection = (navigator as Navigator & { connection?: NetworkInformation }).connection;
  if (connection?.saveData || connection?.effectiveType?.endsWith('2g')) return 'none';
  return connection?.effectiveType === '3g' ? 'intent' : 'on-screen';
}

/** What the article page will ask for; failures stay in the cache for the page to retry and report. */
const prefetchArticle = (queryClient: QueryClient, id: string) => ensureArticlePageData(queryClient, id).catch(() => undefined);

/**
 * Props for an article's link that fetch what its page needs before the reader opens it: at once
 * when they point at it or focus it, at idle time while it is on screen. The route's loader then
 * finds everything in the cache, and the article opens with no request.
 */
export function usePrefetchArticle(id: string, enabled = true) {
  const queryClient = useQueryClient();
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const link = ref.current;
    if (!enabled || !link || prefetchScope() !== 'on-screen' || typeof IntersectionObserver === 'undefined') return;
    // Not needed for the first view: the watcher loads after it, with nothing else in its chunk.
    let active = true;
    let unwatch: (() => void) | undefined;
    import('./on-screen-prefetch').then(
      ({ watchOnScreen }) => {
        if (active) unwatch = watchOnScreen(link, () => prefetchArticle(queryClient, id));
      },
      // Offline, say: nothing is fetched ahead, and nothing is lost.
      () => undefined,
    );
    return () => {
      active = false;
      unwatch?.();
    };
  }, [queryClient, id, enabled]);
  const prefetch = () => {
    if (enabled && prefetchScope() !== 'none') void prefetchArticle(queryClient, id);
  };
  return { ref, onPointerEnter: prefetch, onFocus: prefetch };
}
