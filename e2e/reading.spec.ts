import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SCREENS } from './axe';
import { SEED_ID, readJson, seed, sectionFirstPage, type Item } from './sample-feed';
import { ar, fill } from './ui-strings';

const item = (id: string) => readJson<Item>(`items/${id}.json`);
const readingTime = (page: Page) => page.getByRole('article').first().getByText(/^مدة القراءة: /);

test.describe('reading time and progress', () => {
  test.use({ viewport: SCREENS[0] });

  for (const [id, duration] of [
    ['2026-07-28-ligue1-calendar-unveiled', ar.reading.lessThanMinute], // 78 words
    ['2026-10-20-gaza-reconstruction-conference', ar.reading.minutes_one], // 199 words
    [SEED_ID, ar.reading.minutes_two], // 391 words
    ['2026-08-11-water-desalination-feature', fill(ar.reading.minutes_few, { count: '5' })], // 966 words
  ] as const) {
    test(`the byline says how long «${item(id).title}» takes to read: ${duration}`, async ({ page }) => {
      await page.goto(item(id).url);
      await expect(readingTime(page)).toHaveText(fill(ar.reading.time, { duration }));
    });
  }

  test('a long article has a thin progress bar that follows the scroll through its body; a short one has none', async ({ page }) => {
    await page.goto(seed.url);
    const bar = page.locator('.reading-progress');
    await expect(bar).toHaveAttribute('aria-hidden', 'true');
    const scale = () => bar.evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).a);
    await expect.poll(scale).toBe(0);
    // Its origin is the reading start: the right edge in Arabic.
    expect(await bar.evaluate((element) => getComputedStyle(element).transformOrigin)).toMatch(/^390px /);

    await page.locator('.prose-article > *').last().evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await expect.poll(scale).toBeGreaterThan(0.99);
    await page.locator('.prose-article').evaluate((element) => {
      const body = element.getBoundingClientRect();
      window.scrollTo(0, window.scrollY + body.top + body.height / 2 - innerHeight / 2);
    });
    await expect.poll(scale).toBeGreaterThan(0.2);
    await expect.poll(scale).toBeLessThan(0.8);

    await page.goto(item('2026-07-28-ligue1-calendar-unveiled').url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('.reading-progress')).toHaveCount(0);
  });
});

test('articles already opened are marked «قرأته» in lists, across reloads', async ({ page }) => {
  const [first, second] = sectionFirstPage('world').items;
  const card = (title: string) => page.getByRole('main').getByRole('article').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  await page.goto('/sections/world');
  await expect(page.getByText(ar.saved.read, { exact: true })).toHaveCount(0);

  await page.getByRole('link', { name: second!.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.title);
  await page.goBack();
  await expect(card(second!.title).getByText(ar.saved.read, { exact: true })).toBeVisible();
  await expect(card(first!.title).getByText(ar.saved.read, { exact: true })).toHaveCount(0);

  // Told apart at a glance too: the headline of a read article is muted.
  const headlineColour = (title: string) => card(title).getByRole('heading').evaluate((element) => getComputedStyle(element).color);
  expect(await headlineColour(second!.title)).not.toBe(await headlineColour(first!.title));

  await page.reload();
  await expect(card(second!.title).getByText(ar.saved.read, { exact: true })).toBeVisible();
  await expect(page.getByText(ar.saved.read, { exact: true })).toHaveCount(1);
});
