import { expect, test } from './fixtures';
import { allItems, readJson, sectionTitle, site } from './sample-feed';

test.describe('cold loads from a static host with an SPA fallback', () => {
  test('every item url in the feed is its permalink in the app', async ({ page }) => {
    const latest = readJson<{ items: { url: string; title: string }[] }>('latest.json');
    for (const item of latest.items.slice(0, 3)) {
      await page.goto(item.url);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
    }
  });

  test('a section deep link', async ({ page }) => {
    await page.goto('/sections/sports');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionTitle('sports'));
    await expect(page).toHaveTitle(`${sectionTitle('sports')} — ${site.name}`);
  });

  test('an unknown path shows a real not-found page with ways on', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
    await expect(page.getByRole('main').getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: sectionTitle('culture') })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: 'العودة إلى الصفحة الرئيسية' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('آخر الأخبار');
  });

  test('an unknown article id and an unknown section are not found, not blank', async ({ page }) => {
    await page.goto('/articles/does-not-exist');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
    await expect(page.getByText('لم نعثر على هذا المقال')).toBeVisible();
    await page.goto('/sections/astrology');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
  });

  test('an item in French reads left to right inside the Arabic page', async ({ page }) => {
    const french = allItems.find((item) => item.language?.startsWith('fr'));
    test.skip(!french, 'the sample feed has no French item');
    await page.goto(french!.url);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const headline = page.getByRole('heading', { level: 1 });
    await expect(headline).toHaveAttribute('lang', 'fr');
    await expect(headline).toHaveAttribute('dir', 'ltr');
    const direction = await page.locator('.prose-article').evaluate((element) => getComputedStyle(element).direction);
    expect(direction).toBe('ltr');
  });
});
