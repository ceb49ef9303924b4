import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SCREENS, WCAG } from './axe';
import { SEED_ID, firstParagraph, readJson, seed, sectionFirstPage, type Item } from './sample-feed';
import { ar, fill } from './ui-strings';
import { collectConsoleProblems } from './console-problems';

/** On the second page of its section: neither the home page nor a section's first page lists it. */
const unlistedId = '2026-06-12-eu-migration-pact-applies';
const unlisted = readJson<Item>(`items/${unlistedId}.json`);
const [worldNewest, worldSecond] = sectionFirstPage('world').items;

const saveButton = (page: Page, title: string) => page.getByRole('button', { name: fill(ar.saved.save, { title }), exact: true });
const removeButton = (page: Page, title: string) => page.getByRole('button', { name: fill(ar.saved.remove, { title }), exact: true });
const savedLink = (page: Page) => page.getByRole('banner').getByRole('link', { name: ar.saved.link });
const savedList = (page: Page) => page.getByRole('main').getByRole('list');

test.describe('saved articles', () => {
  test.use({ viewport: SCREENS[0] });

  test('save → reload → /saved lists it → offline it still opens, from the saved copy', async ({ page, context }) => {
    await page.goto(unlisted.url);
    const save = saveButton(page, unlisted.title);
    await expect(save).toHaveAttribute('aria-pressed', 'false');
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await expect(saveButton(page, unlisted.title)).toHaveAttribute('aria-pressed', 'true');
    await savedLink(page).click();
    await expect(page).toHaveURL('/saved');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.saved.title);
    await expect(page.getByText(ar.saved.count_one)).toBeVisible();
    await expect(savedList(page).getByRole('heading', { level: 2 })).toHaveText([unlisted.title]);

    // A fresh start on /saved with the network already failing for this article (so not even the
    // card's prefetch gets it), then gone altogether: only the copy on the device can open it.
    await page.route(`**/feed/items/${unlistedId}.json`, (route) => route.abort('internetdisconnected'));
    await page.goto('/saved');
    await expect(savedList(page).getByRole('heading', { level: 2 })).toHaveText([unlisted.title]);
    await context.setOffline(true);
    await page.getByRole('link', { name: unlisted.title }).click();
    await expect(page).toHaveURL(unlisted.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(unlisted.title);
    const today = new Intl.DateTimeFormat('ar-DZ', { dateStyle: 'long', timeZone: 'Africa/Algiers' }).format(new Date());
    await expect(page.getByText(fill(ar.saved.savedCopy, { date: today }))).toBeVisible();
    await expect(page.getByText(firstParagraph(unlisted), { exact: true })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    // /saved itself still opens offline: the app loaded it while online.
    await savedLink(page).click();
    await expect(savedList(page).getByRole('heading', { level: 2 })).toHaveText([unlisted.title]);
  });

  test('once something is saved, the app fetches /saved while idle: it opens offline without a visit before', async ({ page, context }) => {
    await page.goto(unlisted.url);
    await saveButton(page, unlisted.title).click();
    await page.goto('/sections/world');
    await expect(saveButton(page, worldNewest!.title)).toBeVisible();
    await page.waitForLoadState('networkidle');

    await context.setOffline(true);
    await savedLink(page).click();
    await expect(savedList(page).getByRole('heading', { level: 2 })).toHaveText([unlisted.title]);
    await page.getByRole('link', { name: unlisted.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(unlisted.title);
    await expect(page.getByText(firstParagraph(unlisted), { exact: true })).toBeVisible();
  });

  test('a card saves with the keyboard, right after its headline; /saved lists newest saved first and unsaves', async ({ page }) => {
    await page.goto('/sections/world');
    await page.getByRole('link', { name: worldSecond!.title }).focus();
    await page.keyboard.press('Tab');
    await expect(saveButton(page, worldSecond!.title)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(saveButton(page, worldSecond!.title)).toHaveAttribute('aria-pressed', 'true');
    await saveButton(page, worldNewest!.title).click();
    await expect(saveButton(page, worldNewest!.title)).toHaveAttribute('aria-pressed', 'true');

    await savedLink(page).click();
    await expect(savedList(page).getByRole('heading', { level: 2 })).toHaveText([worldNewest!.title, worldSecond!.title]);
    await expect(page.getByText(ar.saved.count_two)).toBeVisible();

    await removeButton(page, worldNewest!.title).click();
    await expect(page.getByRole('status').filter({ hasText: fill(ar.saved.removed, { title: worldNewest!.title }) })).toBeAttached();
    await expect(savedList(page).getByRole('heading', { level: 2 })).toHaveText([worldSecond!.title]);
    await expect(removeButton(page, worldSecond!.title)).toBeFocused();

    await removeButton(page, worldSecond!.title).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByText(ar.saved.empty)).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: ar.saved.browse })).toHaveAttribute('href', '/');

    await page.goto('/sections/world');
    await expect(saveButton(page, worldSecond!.title)).toHaveAttribute('aria-pressed', 'false');
  });

  test('saving in one tab shows in the others', async ({ context }) => {
    const [first, second] = [await context.newPage(), await context.newPage()];
    await first.goto(`/articles/${SEED_ID}`);
    await second.goto('/sections/world');
    await saveButton(first, seed.title).click();
    await expect(saveButton(second, seed.title)).toHaveAttribute('aria-pressed', 'true');
    await saveButton(second, seed.title).click();
    await expect(saveButton(first, seed.title)).toHaveAttribute('aria-pressed', 'false');
  });

  test('a full storage says so, and nothing is half-saved', async ({ page }) => {
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('sahifa.saved')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    await page.goto(`/articles/${SEED_ID}`);
    await saveButton(page, seed.title).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(ar.saved.saveFailed);
    await expect(saveButton(page, seed.title)).toHaveAttribute('aria-pressed', 'false');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('sahifa.saved')))).toEqual([]);
  });

  test('a card whose article cannot be fetched says so, saves nothing, and saves on the retry', async ({ page }) => {
    let reachable = false;
    await page.route(`**/feed/items/${worldSecond!.id}.json`, (route) => (reachable ? route.fallback() : route.abort('internetdisconnected')));
    await page.goto('/sections/world');
    const save = saveButton(page, worldSecond!.title);
    await save.click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(ar.saved.saveUnreachable);
    await expect(save).toHaveAttribute('aria-pressed', 'false');

    reachable = true;
    await save.click();
    await expect(save).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('main').getByRole('alert')).toHaveCount(0);
  });

  test('a pre-rendered page hydrates saved and read state without a warning', async ({ page }) => {
    const problems = collectConsoleProblems(page);
    await page.goto(`/articles/${SEED_ID}`);
    await saveButton(page, seed.title).click();
    await page.goto('/sections/world');

    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: seed.title }) });
    await expect(saveButton(page, seed.title)).toHaveAttribute('aria-pressed', 'true');
    await expect(card.getByText(ar.saved.read, { exact: true })).toBeVisible();
    expect(problems).toEqual([]);
  });
});

for (const viewport of SCREENS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe: /saved, listed and empty, at ${viewport.width}px ${colorScheme}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto(`/articles/${SEED_ID}`);
      await saveButton(page, seed.title).click();
      await saveButton(page, worldSecond!.title).click();
      await savedLink(page).click();
      await expect(savedList(page).getByRole('heading', { level: 2 })).toHaveCount(2);
      const analyse = async () => (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(await analyse()).toEqual([]);

      await removeButton(page, seed.title).click();
      await removeButton(page, worldSecond!.title).click();
      await expect(page.getByText(ar.saved.empty)).toBeVisible();
      expect(await analyse()).toEqual([]);
    });
  }
}
