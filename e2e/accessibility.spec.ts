import AxeBuilder from '@axe-core/playwright';
import { SCREENS, WCAG } from './axe';
import { expect, test } from './fixtures';
import { SEED_ID } from './sample-feed';

const ROUTES = [
  { name: 'home', path: '/', heading: 'آخر الأخبار' },
  { name: 'section', path: '/sections/world', heading: 'دولي' },
  { name: 'seed article', path: `/articles/${SEED_ID}`, heading: undefined },
  { name: 'not found', path: '/no/such/page', heading: 'الصفحة غير موجودة' },
];

for (const viewport of SCREENS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.width}px ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });
      for (const route of ROUTES) {
        test(`axe: no WCAG 2.2 A/AA violations on ${route.name}`, async ({ page }) => {
          await page.goto(route.path);
          await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
          if (route.heading) await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.heading);
          await expect(page.getByRole('banner')).toBeVisible();
          await expect(page.getByRole('main')).toBeVisible();
          await expect(page.getByRole('contentinfo')).toBeVisible();
          const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
          expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        });
      }
    });
  }
}

/*
 * The reader's theme choice (reading settings) forces a scheme over the system's: each one is
 * checked on a device set to the other, with the settings panel open on the article.
 */
for (const theme of ['light', 'dark'] as const) {
  test.describe(`theme ${theme} chosen on a ${theme === 'light' ? 'dark' : 'light'} device`, () => {
    test.use({ viewport: SCREENS[0], colorScheme: theme === 'light' ? 'dark' : 'light' });
    test.beforeEach(async ({ context }) => {
      await context.addInitScript((value) => localStorage.setItem('sahifa.theme', value), theme);
    });
    for (const route of ROUTES.filter((candidate) => candidate.name !== 'not found')) {
      test(`axe: no WCAG 2.2 A/AA violations on ${route.name}`, async ({ page }) => {
        await page.goto(route.path);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.locator('html')).toHaveAttribute('data-color-scheme', theme);
        if (route.path.startsWith('/articles/')) {
          await page.getByRole('button', { name: 'إعدادات القراءة' }).click();
          await expect(page.getByRole('group', { name: 'إعدادات القراءة' }).getByRole('radio', { name: theme === 'light' ? 'فاتح' : 'داكن' })).toBeChecked();
        }
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}

test.describe('narrow phones', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const route of ROUTES) {
    test(`no horizontal scroll at 320 px on ${route.name}`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});

test('article body text is at least 18 px with a line height near 1.8 on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/articles/${SEED_ID}`);
  const metrics = await page.locator('.prose-article p').first().evaluate((element) => {
    const style = getComputedStyle(element);
    return { size: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize), family: style.fontFamily, letterSpacing: style.letterSpacing, fontStyle: style.fontStyle };
  });
  expect(metrics.size).toBeGreaterThanOrEqual(18);
  expect(metrics.lineHeight).toBeGreaterThanOrEqual(1.7);
  expect(metrics.lineHeight).toBeLessThanOrEqual(1.95);
  expect(metrics.family).toContain('Noto Naskh Arabic');
  expect(metrics.letterSpacing).toBe('normal');
  expect(metrics.fontStyle).toBe('normal');
  const headingFont = await page.getByRole('heading', { level: 1 }).evaluate((element) => getComputedStyle(element).fontFamily);
  expect(headingFont).toContain('Noto Kufi Arabic');
  const fontsLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family);
  });
  expect(fontsLoaded.join()).toContain('Noto Naskh Arabic');
});
