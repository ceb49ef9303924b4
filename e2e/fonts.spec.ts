import type { Page } from '@playwright/test';
import { withoutLocalNotoFonts } from '../scripts/bench/without-local-fonts.ts';
import { expect, test } from './fixtures';
import { layoutShiftSince, recordLayoutShifts } from './layout-shifts';
import { seed } from './sample-feed';

/**
 * The Noto faces load with font-display: swap, so the text shows at once in a device font and is
 * redrawn when the woff2 arrives. This machine has the Noto faces installed (the app tries the
 * device's copy first), so each test plays a device without them: the page's @font-face rules lose
 * their local() sources, and the woff2 downloads are held until the test has seen the page in its
 * fallback font. The metric-adjusted fallback faces (src/styles/font-fallbacks.css) are what keeps
 * the text where it was when the fonts arrive.
 */
const article = seed;
const PATH = `/articles/${article.id}`;

test.use({ viewport: { width: 390, height: 844 } });

interface Arrival {
  /** Layout-shift score of the font swap (what Lighthouse counts as CLS). */
  shift: number;
  /** How far each block of the article moved, in px, headline first. */
  moved: number[];
}

/** Opens the article with the Noto faces missing from the device, then lets their files arrive. */
async function fontsArrive(page: Page, { adjustedFallbacks }: { adjustedFallbacks: boolean }): Promise<Arrival> {
  let releaseFonts!: () => void;
  const fontsHeld = new Promise<void>((resolve) => (releaseFonts = resolve));
  await page.route('**/*.woff2', async (route) => {
    await fontsHeld;
    await route.continue();
  });
  await page.route(PATH, async (route) => {
    const response = await route.fetch();
    let html = withoutLocalNotoFonts(await response.text(), PATH);
    if (!adjustedFallbacks) html = html.replace(/"Noto (Naskh|Kufi) Arabic fallback [^"]+",?/g, '');
    await route.fulfill({ response, body: html });
  });
  await recordLayoutShifts(page);

  // Not 'load', which waits for the held fonts; the fixture's goto still waits for hydration.
  await page.goto(PATH, { waitUntil: 'domcontentloaded' });
  await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
  // Painted after hydration: what moves from here on is the fonts.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  const loadingFamilies = () =>
    page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loading').map((face) => `${face.family} ${face.weight}`));
  expect(await loadingFamilies()).toEqual(expect.arrayContaining(['Noto Naskh Arabic 400', 'Noto Kufi Arabic 700']));

  const blocks = page.locator('main h1, main article p, main figure');
  const tops = () => blocks.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().top + scrollY));
  const before = await tops();
  const releasedAt = await page.evaluate(() => performance.now());
  releaseFonts();
  await expect.poll(loadingFamilies).toEqual([]);
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
  const after = await tops();

  const shift = await layoutShiftSince(page, releasedAt);
  return { shift, moved: after.map((top, index) => Math.abs(top - before[index]!)) };
}

test('the article does not move when its fonts arrive on a device without them', async ({ page }) => {
  const arrival = await fontsArrive(page, { adjustedFallbacks: true });
  // The CLS target for the whole load; the swap alone must stay well inside it.
  expect(arrival.shift).toBeLessThanOrEqual(0.02);
  // The headline does not move at all; further down a paragraph may wrap one line differently.
  expect(arrival.moved[0]).toBeLessThan(1);
});

test('without the adjusted fallbacks the same arrival does move it (the measurement above measures something)', async ({ page }) => {
  const arrival = await fontsArrive(page, { adjustedFallbacks: false });
  expect(arrival.shift).toBeGreaterThan(0.02);
  expect(Math.max(...arrival.moved)).toBeGreaterThan(20);
});
