import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ensureArticlePageData } from './queries';

/**
 * On-screen cards prefetched at once, at most. A screen of a section holds up to nine cards: two at
 * a time, each only while the browser is idle and the card still on screen, keeps a slow network
 * free for what the reader asks for and skips what a quick scroll only passes by.
 */
const ON_SCREEN_CONCURRENCY = 2;

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
export function usePrefetchArticle(id: string) {
  const queryClient = useQueryClient();
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    const link = ref.current;
    if (!link || prefetchScope() !== 'on-screen' || typeof IntersectionObserver === 'undefined') return;
    onScreenPrefetcher ??= new OnScreenPrefetcher();
    return onScreenPrefetcher.watch(link, () => prefetchArticle(queryClient, id));
  }, [queryClient, id]);
  const prefetch = () => {
    if (prefetchScope() !== 'none') void prefetchArticle(queryClient, id);
  };
  return { ref, onPointerEnter: prefetch, onFocus: prefetch };
}

let onScreenPrefetcher: OnScreenPrefetcher | undefined;

/** One IntersectionObserver for every card on the page, and a small idle-time queue. */
export class OnScreenPrefetcher {
  private readonly tasks = new Map<Element, () => Promise<unknown>>();
  /** Links on screen now, oldest first: the reader has looked at those longest. */
  private readonly onScreen = new Set<Element>();
  private running = 0;
  private scheduled = false;
  private readonly observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) this.onScreen.add(entry.target);
      else this.onScreen.delete(entry.target);
    }
    this.schedule();
  });

  watch(link: Element, task: () => Promise<unknown>): () => void {
    this.tasks.set(link, task);
    this.observer.observe(link);
    return () => this.forget(link);
  }

  private forget(link: Element) {
    this.tasks.delete(link);
    this.onScreen.delete(link);
    this.observer.unobserve(link);
  }

  private schedule() {
    if (this.scheduled || this.running >= ON_SCREEN_CONCURRENCY || this.onScreen.size === 0) return;
    this.scheduled = true;
    whenIdle(() => {
      this.scheduled = false;
      this.run();
    });
  }

  private run() {
    for (const link of this.onScreen) {
      if (this.running >= ON_SCREEN_CONCURRENCY) return;
      const task = this.tasks.get(link);
      this.forget(link);
      if (!task) continue;
      this.running++;
      void task().finally(() => {
        this.running--;
        this.schedule();
      });
    }
  }
}

function whenIdle(callback: () => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 2000 });
  else setTimeout(callback, 200);
}
