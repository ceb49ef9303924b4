import { expect, test } from './fixtures';
import { SEED_ID, firstParagraph, seed, sectionFirstPage, sectionTitle, site } from './sample-feed';

test.describe('a reader on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('goes home → section → article → back through the breadcrumb', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('banner').getByRole('link', { name: site.name })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('آخر الأخبار');

    const world = sectionTitle('world');
    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: world }).click();
    await expect(page).toHaveURL(/\/sections\/world$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(world);
    await expect(page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: world })).toHaveAttribute('aria-current', 'page');

    const newest = sectionFirstPage('world').items[0]!;
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(newest.title);

    await page.getByRole('link', { name: seed.title }).click();
    await expect(page).toHaveURL(`/articles/${SEED_ID}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page).toHaveTitle(`${seed.title} — ${site.name}`);

    const breadcrumb = page.getByRole('navigation', { name: 'مسار التنقل' });
    await expect(breadcrumb.getByRole('link')).toHaveText(['الرئيسية', world]);
    await expect(breadcrumb.locator('[aria-current="page"]')).toHaveText(seed.title);

    await breadcrumb.getByRole('link', { name: world }).click();
    await expect(page).toHaveURL(/\/sections\/world$/);
    await breadcrumb.getByRole('link', { name: 'الرئيسية' }).click();
    await expect(page).toHaveURL(/\/$/);
  });

  test('reads the seed article as published: byline, Maghreb date, body, tags, related', async ({ page }) => {
    await page.goto(seed.url);
    const article = page.getByRole('article').first();
    await expect(article.getByText('بقلم elmaouid')).toBeVisible();
    await expect(article.locator('time').first()).toHaveAttribute('datetime', new Date(seed.date_published).toISOString());
    await expect(article.locator('time').first()).toContainText('24 نوفمبر 2026');
    await expect(article.getByText(firstParagraph(seed), { exact: true })).toBeVisible();
    await expect(article.locator('.prose-article')).toContainText('وقادت الهجوم قاذفتان من طراز بي-2');
    for (const tag of seed.tags ?? []) await expect(article.getByText(tag, { exact: true })).toBeVisible();

    const related = page.getByRole('region', { name: 'من القسم نفسه' });
    await expect(related.getByRole('heading', { level: 3 })).not.toHaveCount(0);
    await expect(related.getByRole('link', { name: seed.title })).toHaveCount(0);
  });

  test('card → article: the card on screen fetched the item ahead, the tap asks for it no more', async ({ page }) => {
    const itemRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes(`/feed/items/${SEED_ID}.json`)) itemRequests.push(request.url());
    });
    await page.goto('/sections/world');
    await expect.poll(() => itemRequests).toHaveLength(1);
    await page.getByRole('link', { name: seed.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    expect(itemRequests).toHaveLength(1);
  });

  test('focus moves to the new page heading after a client navigation', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: sectionTitle('economy') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
});
