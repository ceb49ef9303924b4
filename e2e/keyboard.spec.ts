import { expect, test } from './fixtures';
import { SEED_ID, seed } from './sample-feed';

test('a keyboard-only reader skips to the content, opens an article and reads it', async ({ page }) => {
  await page.goto('/sections/world');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'تخطَّ إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Tab from the top of main until the seed article's card link has focus.
  const seedLink = page.getByRole('link', { name: seed.title });
  for (let step = 0; step < 40 && !(await seedLink.evaluate((element) => element === document.activeElement)); step++) {
    await page.keyboard.press('Tab');
  }
  await expect(seedLink).toBeFocused();
  const outline = await seedLink.evaluate((element) => {
    const card = element.closest('article')!;
    return getComputedStyle(card).outlineStyle;
  });
  expect(outline).not.toBe('none');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/articles/${SEED_ID}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toBeFocused();
  await expect(page.getByRole('article').first()).toContainText('قاعدة وايتمان الجوية');
  await page.keyboard.press('PageDown');
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
});
