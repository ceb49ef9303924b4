import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seed } from './sample-feed';
import { ar } from './ui-strings';

/** What the share button must hand over: the canonical permalink the page declares. */
const canonical = (page: Page) => page.locator('link[rel="canonical"]').getAttribute('href');

test.describe('sharing an article', () => {
  test('without the Web Share API, copies the permalink and says so to screen readers', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
    });
    await page.goto(seed.url);
    await page.getByRole('button', { name: ar.share.copy }).click();
    await expect(page.getByRole('status').filter({ hasText: ar.share.copied })).toHaveText(ar.share.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await canonical(page));
    expect(await canonical(page)).toBe(`http://localhost:4173/articles/${seed.id}`);
  });

  test('with the Web Share API, hands it the title and the permalink', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => Object.assign(window, { sahifaShared: data }),
      });
    });
    await page.goto(seed.url);
    await page.getByRole('button', { name: ar.share.share }).click();
    await expect.poll(() => page.evaluate(() => (window as { sahifaShared?: ShareData }).sahifaShared)).toEqual({ title: seed.title, url: await canonical(page) });
    await expect(page.getByRole('button', { name: ar.share.copy })).toHaveCount(0);
  });

  test('when the clipboard is refused, shows the link to copy by hand', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share;
      Object.defineProperty(Clipboard.prototype, 'writeText', {
        configurable: true,
        value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
      });
    });
    await page.goto(seed.url);
    await page.getByRole('button', { name: ar.share.copy }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText(ar.share.copyFailed);
    await expect(alert).toContainText((await canonical(page))!);
    await expect(page.getByText(ar.share.copied)).toHaveCount(0);
  });
});
