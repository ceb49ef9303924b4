import { expect, test } from './fixtures';
import { readJson, sectionFirstPage } from './sample-feed';

/** National is long enough to paginate: count its pages by following next_url on disk. */
function sectionPages(slug: string) {
  const pages = [sectionFirstPage(slug)];
  while (pages.at(-1)!.next_url) pages.push(readJson(pages.at(-1)!.next_url!.replace(/^\/feed\//, '')));
  return pages;
}

test('load more works by keyboard and moves focus to the first new article', async ({ page }) => {
  const pages = sectionPages('national');
  expect(pages.length).toBeGreaterThan(1);
  const firstCount = pages[0]!.items.length;

  await page.goto('/sections/national');
  const cards = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(cards).toHaveCount(firstCount);

  const loadMore = page.getByRole('button', { name: 'تحميل المزيد' });
  // Disabled in the pre-rendered page until the app has hydrated.
  await expect(loadMore).toBeEnabled();
  await loadMore.focus();
  await page.keyboard.press('Enter');
  await expect(cards).toHaveCount(firstCount + pages[1]!.items.length);
  await expect(page.getByRole('link', { name: pages[1]!.items[0]!.title })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'معروض' })).toBeVisible();
});

test('scrolling to the end continues the list on its own, until the end of the section', async ({ page }) => {
  const pages = sectionPages('national');
  const total = pages.reduce((sum, feedPage) => sum + feedPage.items.length, 0);
  await page.goto('/sections/national');
  const cards = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(cards).toHaveCount(pages[0]!.items.length);
  await expect(async () => {
    await page.mouse.wheel(0, 4000);
    await expect(cards).toHaveCount(total, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText('لا مزيد من المقالات في هذا القسم.')).toBeVisible();
});

test('back from an article restores the loaded pages and the scroll position without refetching', async ({ page }) => {
  const pages = sectionPages('national');
  await page.goto('/sections/national');
  const cards = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(async () => {
    await page.mouse.wheel(0, 4000);
    await expect(cards).toHaveCount(pages[0]!.items.length + pages[1]!.items.length, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const target = page.getByRole('link', { name: pages[1]!.items[1]!.title });
  await target.scrollIntoViewIfNeeded();
  const scrollBefore = await page.evaluate(() => scrollY);
  expect(scrollBefore).toBeGreaterThan(300);

  const feedRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/feed/')) feedRequests.push(request.url());
  });
  await target.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages[1]!.items[1]!.title);
  await page.goBack();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(pages[0]!.items.length + pages[1]!.items.length);
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(scrollBefore - 50);
  expect(Math.abs((await page.evaluate(() => scrollY)) - scrollBefore)).toBeLessThan(50);
  expect(feedRequests.filter((url) => url.includes('/sections/national'))).toEqual([]);
});
