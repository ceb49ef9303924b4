/**
 * On-screen cards prefetched at once, at most. A screen of a section holds up to nine cards: two at
 * a time, each only while the browser is idle and the card still on screen, keeps a slow network
 * free for what the reader asks for and skips what a quick scroll only passes by.
 */
const ON_SCREEN_CONCURRENCY = 2;

let onScreenPrefetcher: OnScreenPrefetcher | undefined;

/** Runs `task` once, at idle time, when `link` is on screen; the returned function stops watching. */
export function watchOnScreen(link: Element, task: () => Promise<unknown>): () => void {
  onScreenPrefetcher ??= new OnScreenPrefetcher();
  return onScreenPrefetcher.watch(link, task);
}

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
