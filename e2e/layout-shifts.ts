import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records every layout shift the page makes without the reader's input — what CLS adds up — from
 * its first frame, for each document the page or context opens from now on.
 */
export async function recordLayoutShifts(target: Page | BrowserContext): Promise<void> {
  await target.addInitScript(() => {
    const shifts: { startTime: number; value: number }[] = [];
    Object.assign(window, { sahifaLayoutShifts: shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) shifts.push({ startTime: entry.startTime, value: entry.value });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift score since a moment on the page's clock (performance.now()); all of it by default. */
export function layoutShiftSince(page: Page, since = 0): Promise<number> {
  return page.evaluate(
    (from) =>
      (window as unknown as { sahifaLayoutShifts: { startTime: number; value: number }[] }).sahifaLayoutShifts
        .filter((entry) => entry.startTime >= from)
        .reduce((sum, entry) => sum + entry.value, 0),
    since,
  );
}
