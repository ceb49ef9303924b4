import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WCAG } from './axe';
import { collectConsoleProblems } from './console-problems';
import { allItems, sectionFirstPage, sectionTitle } from './sample-feed';
import { ar, fill } from './ui-strings';

/**
 * A section far longer than the sample feed's: national's real first page, then pages the test
 * serves (the sample's items under new ids and titles), eight to a page like the real ones.
 */
const PAGES = 40;
const PAGE_SIZE = 8;
const first = sectionFirstPage('national');
const TOTAL = first.items.length + (PAGES - 1) * PAGE_SIZE;

const longItem = (n: number) => {
  const template = allItems[n % allItems.length]!;
  const id = `long-${n}`;
  return { ...template, id, url: `/articles/${id}`, title: `خبر القسم الطويل رقم ${n}`, _sahifa: { ...template._sahifa, section: 'national' } };
};

/** The title of the article at a position (1-based) in the long section. */
const titleAt = (position: number) => (position <= first.items.length ? first.items[position - 1]!.title : longItem(position).title);

async function serveLongSection(page: Page) {
  await page.route(/\/feed\/sections\/national-(\d+)\.json$/, (route) => {
    const number = Number(/national-(\d+)\.json$/.exec(route.request().url())![1]);
    const start = first.items.length + (number - 2) * PAGE_SIZE + 1;
    return route.fulfill({
      json: {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'وطني',
        ...(number < PAGES ? { next_url: `/feed/sections/national-${number + 1}.json` } : {}),
        items: Array.from({ length: PAGE_SIZE }, (_, index) => longItem(start + index)),
      },
    });
  });
  await page.route(/\/feed\/items\/long-(\d+)\.json$/, (route) => route.fulfill({ json: longItem(Number(/long-(\d+)\.json$/.exec(route.request().url())![1])) }));
}

const listItems = (page: Page) => page.getByRole('list', { name: sectionTitle('national') }).getByRole('listitem');

/** Scrolls to the end, page after page, until `count` articles are loaded (all by default). */
async function loadArticles(page: Page, count = TOTAL) {
  const loaded = async () => Number(await listItems(page).first().getAttribute('aria-setsize'));
  for (let size = await loaded(); size < count; size = await loaded()) {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(listItems(page).first()).not.toHaveAttribute('aria-setsize', String(size));
  }
  if (count === TOTAL) await expect(page.getByText('لا مزيد من المقالات في هذا القسم.')).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await serveLongSection(page);
  await page.goto('/sections/national');
  await expect(listItems(page)).toHaveCount(first.items.length);
});

test('the pre-rendered first page hydrates without a warning, and virtualising it moves no card', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  await page.goto('/sections/national');
  const list = page.getByRole('list', { name: sectionTitle('national') });
  // Where each of the first page's cards sits in the document, by its place in the list: a
  // virtualised list keeps only the cards near the viewport in the page.
  const firstPageTops = () =>
    listItems(page).evaluateAll((items, count) => {
      const tops = items.map((item) => [Number(item.getAttribute('aria-posinset')), Math.round(item.getBoundingClientRect().top + scrollY)] as const);
      return tops.filter(([position]) => position <= count);
    }, first.items.length);
  const before = await firstPageTops();
  expect(before).toHaveLength(first.items.length);

  await page.getByRole('button', { name: 'تحميل المزيد' }).click();
  // Focus moves to the first new card; with the list's end still near the screen the next page
  // may follow on its own, so the list holds at least the page asked for.
  await expect.poll(async () => Number(await listItems(page).first().getAttribute('aria-setsize'))).toBeGreaterThanOrEqual(first.items.length + PAGE_SIZE);
  // Virtualised: the list now has the height of all its blocks, placed by script.
  await expect(list).toHaveAttribute('style', /height/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect.poll(firstPageTops).toEqual(before);
  expect(problems).toEqual([]);
});

test('a long section keeps few cards in the page at any depth, tells screen readers the whole count, and passes axe', async ({ page }) => {
  await loadArticles(page);
  for (const depth of [0, 0.3, 0.6, 1]) {
    await page.evaluate((fraction) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * fraction), depth);
    // Cards where the reader is, never a blank stretch.
    const onScreen = () => listItems(page).evaluateAll((items) => items.filter((item) => item.getBoundingClientRect().bottom > 0 && item.getBoundingClientRect().top < innerHeight).length);
    await expect.poll(onScreen).toBeGreaterThan(0);
    const shown = await listItems(page).count();
    expect(shown, `cards in the page at ${depth * 100}%`).toBeLessThan(40);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(1500);
    // Every card in the page knows its place in the whole list.
    const positions = await listItems(page).evaluateAll((items) => items.map((item) => [item.getAttribute('aria-posinset'), item.getAttribute('aria-setsize')]));
    expect(positions.every(([, size]) => size === String(TOTAL))).toBe(true);
    if (depth === 1) expect(positions.at(-1)![0]).toBe(String(TOTAL));
  }
  // A list whose items are in blocks, most of them out of the page, is still a valid list.
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('keyboard reading goes through the virtualised list in order, both ways', async ({ page }) => {
  await loadArticles(page, first.items.length + 10 * PAGE_SIZE);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Where focus is: the card's place in the list and the name of the focused control.
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      const name = element?.getAttribute('aria-label') ?? element?.textContent ?? '';
      return [Number(element?.closest('[aria-posinset]')?.getAttribute('aria-posinset')), name] as const;
    });
  // Each card holds two stops: its headline, then its save button.
  const stops = Array.from({ length: 30 }, (_, index) => index + 1).flatMap((position) => [
    [position, titleAt(position)] as const,
    [position, fill(ar.saved.save, { title: titleAt(position) })] as const,
  ]);

  await page.getByRole('link', { name: titleAt(1) }).focus();
  for (const stop of stops.slice(1)) {
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual(stop);
  }
  for (const stop of stops.slice(40, -1).reverse()) {
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toEqual(stop);
  }
});

test('load more by keyboard, deep in the list, moves focus to the first new article', async ({ page }) => {
  // Idle, the button is named "load more"; focused, it holds the list back from loading on its own.
  const loadMore = page.getByRole('button', { name: 'تحميل المزيد' });
  for (let round = 1; round <= 5; round++) {
    await loadMore.focus();
    const loaded = Number(await listItems(page).first().getAttribute('aria-setsize'));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('link', { name: titleAt(loaded + 1) })).toBeFocused();
  }
  expect(Number(await listItems(page).first().getAttribute('aria-setsize'))).toBeGreaterThan(first.items.length + 4 * PAGE_SIZE);
});

test('back from an article deep in the list lands on the same card', async ({ page }) => {
  const position = 150;
  await loadArticles(page, position + PAGE_SIZE);
  const link = page.getByRole('link', { name: titleAt(position) });
  const inViewport = async () =>
    (await link.count()) === 1 && (await link.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().bottom <= innerHeight));
  // Wheel down from the top in steps shorter than the window, as a reader would, until the card shows.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect
    .poll(async () => (await inViewport()) || (await page.mouse.wheel(0, 400), false), { timeout: 20_000, intervals: [50] })
    .toBe(true);
  const before = await link.evaluate((element) => element.getBoundingClientRect().top);

  const sectionRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/feed/sections/')) sectionRequests.push(request.url());
  });
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleAt(position));
  await page.goBack();
  await expect(link).toBeInViewport();
  const after = await link.evaluate((element) => element.getBoundingClientRect().top);
  expect(Math.abs(after - before)).toBeLessThan(50);
  expect(sectionRequests).toEqual([]);
});
