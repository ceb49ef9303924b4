import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readJson, sectionFirstPage, site } from './sample-feed';

/** Every feed document the page asks for, in order, as paths. */
function recordFeedRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/feed/') && pathname.endsWith('.json')) requests.push(pathname);
  });
  return requests;
}

/** A story the home page shows in its last section block, far below the first screen. */
function storyBelowTheFold() {
  const latest = new Set(readJson<{ items: { id: string }[] }>('latest.json').items.map((item) => item.id));
  return sectionFirstPage(site.sections.at(-1)!.slug).items.find((item) => !latest.has(item.id))!;
}

/**
 * Opens the article from its card and checks that the navigation asked the network for nothing the
 * article page needs: its item, its section (related articles), the site. (The cards the new page
 * shows may start prefetching their own articles.)
 */
async function openWithoutRequests(page: Page, requests: string[], open: () => Promise<void>, story: { id: string; title: string; _sahifa?: { section?: string } }) {
  const before = requests.length;
  await open();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await expect(page.getByRole('article').first().locator('p').first()).toBeVisible();
  const needed = [`/feed/items/${story.id}.json`, `/feed/sections/${story._sahifa!.section!}.json`, '/feed/site.json'];
  expect(requests.slice(before).filter((path) => needed.includes(path))).toEqual([]);
}

test('pointing at a card fetches its article, which then opens with no request', async ({ page }) => {
  const story = storyBelowTheFold();
  const requests = recordFeedRequests(page);
  await page.goto('/');
  const link = page.getByRole('main').getByRole('link', { name: story.title });
  await link.hover();
  await expect.poll(() => requests.filter((path) => path === `/feed/items/${story.id}.json`)).toHaveLength(1);
  await openWithoutRequests(page, requests, () => link.click(), story);
});

test('focusing a card by keyboard fetches its article, which then opens with no request', async ({ page }) => {
  const story = storyBelowTheFold();
  const requests = recordFeedRequests(page);
  await page.goto('/');
  const link = page.getByRole('main').getByRole('link', { name: story.title });
  await link.focus();
  await expect.poll(() => requests.filter((path) => path === `/feed/items/${story.id}.json`)).toHaveLength(1);
  await openWithoutRequests(page, requests, () => page.keyboard.press('Enter'), story);
});

test('cards on screen are fetched while the reader looks, at most two at a time', async ({ page }) => {
  const [first] = sectionFirstPage('economy').items;
  const requests = recordFeedRequests(page);
  let inFlight = 0;
  let mostInFlight = 0;
  await page.route('**/feed/items/*.json', async (route) => {
    mostInFlight = Math.max(mostInFlight, ++inFlight);
    const response = await route.fetch();
    inFlight--;
    await route.fulfill({ response });
  });
  await page.goto('/sections/economy');
  await expect.poll(() => requests).toContain(`/feed/items/${first!.id}.json`);
  expect(mostInFlight).toBeLessThanOrEqual(2);
  await openWithoutRequests(page, requests, () => page.getByRole('link', { name: first!.title }).click(), first!);
});

test.describe('a reader who saves data', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true, effectiveType: '4g' } }));
  });

  test('gets no article before opening it', async ({ page }) => {
    const story = storyBelowTheFold();
    const requests = recordFeedRequests(page);
    await page.goto('/');
    const link = page.getByRole('main').getByRole('link', { name: story.title });
    await link.hover();
    await link.focus();
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
    // The only item asked for is the one opened, when it was opened.
    expect(requests.filter((path) => path.startsWith('/feed/items/'))).toEqual([`/feed/items/${story.id}.json`]);
  });
});
