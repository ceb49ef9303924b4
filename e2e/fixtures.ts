import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Pages are pre-rendered and the app's code is requested after the first paint, so a page can be
 * on screen (and its links plain links) before it has hydrated. Readers may act that early; most
 * journeys test the running app, so `page.goto` here also waits until React owns the page.
 * Documents that are not the app (sitemaps, robots.txt) are left alone.
 */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, use) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      if (javaScriptEnabled === false) return response;
      // Bounded: a test that blocks the app's code on purpose goes on after it.
      const hydrated = await page
        .waitForFunction(
          () => {
            const root = document.getElementById('root');
            if (!root) return true;
            if (!Object.keys(root).some((key) => key.startsWith('__reactContainer'))) return false;
            // Hydration is a transition, done in slices: the header's controls, disabled in the
            // pre-rendered page, come alive when it has committed.
            const headerControl = root.querySelector('header button[aria-expanded]');
            return !headerControl || !(headerControl as HTMLButtonElement).disabled;
          },
          undefined,
          { timeout: 10_000 },
        )
        .then(() => true, () => false);
      // hydrateRoot commits in a task of its own: one frame more and the first render is in.
      if (hydrated) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))).catch(() => undefined);
      return response;
    };
    await use(page);
  },
});
