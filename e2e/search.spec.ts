/**
 * Search: the header field, /search?q=… and its results, on the production build with the index
 * built next to the feed. Build and run in a folder of your own:
 *
 *   npx vite build --outDir /tmp/search-dist --emptyOutDir && node scripts/search-index.ts /tmp/search-dist/feed
 *   E2E_DIST=/tmp/search-dist E2E_PORT=4193 E2E_OUTPUT=/tmp/search-results npx playwright test e2e/search.spec.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { SCREENS, WCAG } from './axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import i18next from 'i18next';
import { SEED_ID, seed, sectionTitle, site } from './sample-feed';

const searchUrl = (q: string, section?: string) => `/search?${new URLSearchParams({ q, ...(section ? { section } : {}) })}`;

const field = (page: Page) => page.getByRole('search').getByRole('searchbox', { name: 'ابحث في الأخبار' });
const results = (page: Page) => page.getByRole('list', { name: 'نتائج البحث' }).getByRole('listitem');
const status = (page: Page) => page.getByRole('main').getByRole('status');
const filters = (page: Page) => page.getByRole('navigation', { name: 'تصفية النتائج حسب القسم' });
const resultFor = (page: Page, title: string) => results(page).filter({ has: page.getByRole('heading', { level: 2, name: title }) });

test('the home page downloads neither the search index nor the search code', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('آخر الأخبار');
  await page.waitForLoadState('networkidle');
  // Typing in the field outside the search page does not search yet either.
  await field(page).fill('سرت');
  await page.waitForTimeout(500);
  expect(requests.filter((url) => /search-index|search-route/.test(url))).toEqual([]);

  await field(page).press('Enter');
  await expect(resultFor(page, seed.title)).toBeVisible();
  expect(requests.filter((url) => url.includes('/feed/search-index.json'))).toHaveLength(1);
});

test('the header search is a real GET form to /search, with a labelled field', async ({ page }) => {
  await page.goto('/');
  const form = page.getByRole('search');
  await expect(form).toHaveAttribute('action', '/search');
  await expect(form).toHaveAttribute('method', 'get');
  await expect(field(page)).toHaveAttribute('name', 'q');
  await expect(field(page)).toHaveAttribute('aria-keyshortcuts', '/');
});

test('«/» focuses the search field, except while typing in a field', async ({ page }) => {
  await page.goto(`/articles/${SEED_ID}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await page.locator('body').press('/');
  await expect(field(page)).toBeFocused();
  await expect(field(page)).toHaveValue('');

  await page.keyboard.type('سرت/');
  await expect(field(page)).toHaveValue('سرت/');
});

test('«سِرْت» with tashkeel finds the seed article, its title match marked', async ({ page }) => {
  await page.goto('/');
  await field(page).fill('سِرْت');
  await field(page).press('Enter');

  await expect(page).toHaveURL(searchUrl('سِرْت'));
  await expect(page).toHaveTitle(`بحث: سِرْت — ${site.name}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتائج البحث عن «سِرْت»');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(status(page)).toHaveText('نتيجة واحدة');

  const result = resultFor(page, seed.title);
  await expect(result.getByRole('heading', { level: 2 }).locator('mark')).toHaveText(['سرت']);
  await expect(result.getByText(sectionTitle('world'), { exact: true })).toBeVisible();
  await expect(result.locator('time')).toHaveText('24 نوفمبر 2026');
  await expect(result.locator('p mark')).toHaveText(['سرت']);

  await result.getByRole('link', { name: seed.title }).click();
  await expect(page).toHaveURL(`/articles/${SEED_ID}`);
});

test('«امريكا» without hamza finds «أمريكا»', async ({ page }) => {
  await page.goto(searchUrl('امريكا'));
  await expect(resultFor(page, seed.title).getByRole('heading', { level: 2 }).locator('mark')).toHaveText(['أمريكا']);
});

test('«ليبية» without the article finds «الليبية», and results follow the words as they are typed', async ({ page }) => {
  await page.goto(searchUrl('ليبية'));
  await expect(resultFor(page, seed.title).locator('mark').first()).toHaveText('الليبية');

  await field(page).fill('غار');
  await expect(page).toHaveURL(searchUrl('غار'));
  await expect(resultFor(page, seed.title).locator('mark').first()).toHaveText('غارات');
  await expect(field(page)).toBeFocused();
});

test('results narrow to a section through the URL, with counts per section', async ({ page }) => {
  await page.goto(searchUrl('الجزائر'));
  await expect(status(page)).toHaveText(/^\d+ نتيجة$/);
  const all = Number(/\d+/.exec((await status(page).textContent()) ?? '')![0]);
  expect(all).toBeGreaterThan(10);
  const sports = filters(page).getByRole('link', { name: new RegExp(`^${sectionTitle('sports')}`) });
  const sportsCount = Number(/\((\d+)\)/.exec((await sports.textContent()) ?? '')![1]);

  await sports.click();
  await expect(page).toHaveURL(searchUrl('الجزائر', 'sports'));
  await expect(sports).toHaveAttribute('aria-current', 'page');
  await expect(status(page)).toContainText(`في قسم ${sectionTitle('sports')}`);
  await expect(results(page)).toHaveCount(sportsCount);
  for (const label of await results(page).locator('p > span.font-bold').allTextContents()) expect(label).toBe(sectionTitle('sports'));

  await page.goBack();
  await expect(page).toHaveURL(searchUrl('الجزائر'));
  await expect(status(page)).toHaveText(`${all} نتيجة`);
});

test('the result count takes the right one of the six Arabic plural forms', async ({ page }) => {
  const ar: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'app', 'locales', 'ar.json'), 'utf8'));
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'ar', resources: { ar: { translation: ar as Record<string, string> } }, interpolation: { escapeValue: false } });
  expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((count) => i18n.t('search.count', { count }))).toEqual([
    'لا نتائج', 'نتيجة واحدة', 'نتيجتان', '3 نتائج', '10 نتائج', '11 نتيجة', '99 نتيجة', '100 نتيجة', '102 نتيجة',
  ]);
  // And in the live region, as the page announces it.
  await page.goto(searchUrl('الجزائر', 'culture'));
  await expect(status(page)).toHaveText(`4 نتائج في قسم ${sectionTitle('culture')}`);
});

test('no results: a clear message and ways on', async ({ page }) => {
  await page.goto(searchUrl('سرت', 'sports'));
  await expect(status(page)).toHaveText(`لا نتائج في قسم ${sectionTitle('sports')}`);
  await expect(page.getByText('لم نعثر على مقال يضمّ كل هذه الكلمات في قسم رياضة.')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'ابحث في كل الأقسام' }).click();
  await expect(page).toHaveURL(searchUrl('سرت'));
  await expect(resultFor(page, seed.title)).toBeVisible();

  await field(page).fill('');
  await page.keyboard.type('كلمةلاوجودلها أبدا ');
  await field(page).press('Enter');
  await expect(status(page)).toHaveText('لا نتائج');
  await expect(page.getByText('تحقّق من كتابة الكلمات')).toBeVisible();
  await expect(page.getByText('استعمل كلمات أقل أو أعمّ')).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: sectionTitle('culture') })).toBeVisible();
});

test('Back returns to the previous search, in the results and in the field', async ({ page }) => {
  await page.goto('/');
  await field(page).fill('سرت');
  await field(page).press('Enter');
  await expect(resultFor(page, seed.title)).toBeVisible();

  // A second search, typed on the results page: the results follow, one history entry is added.
  await field(page).fill('');
  await page.keyboard.type('الجزائر');
  await expect(page).toHaveURL(searchUrl('الجزائر'));
  await expect(status(page)).not.toHaveText('نتيجة واحدة');

  await page.goBack();
  await expect(page).toHaveURL(searchUrl('سرت'));
  await expect(field(page)).toHaveValue('سرت');
  await expect(status(page)).toHaveText('نتيجة واحدة');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('نتائج البحث عن «سرت»');

  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('آخر الأخبار');
  await expect(field(page)).toHaveValue('');

  await page.goForward();
  await expect(field(page)).toHaveValue('سرت');
});

test('a shared link opens the same search on a cold load', async ({ page }) => {
  await page.goto(searchUrl('كوب 31'));
  await expect(results(page).getByRole('heading', { level: 2 })).toHaveText([
    '«كوب 31» يُختتم باتفاق على خارطة طريق لتمويل التكيف',
    '«كوب 31» ينطلق في أنطاليا وتمويل التكيف على رأس الأولويات',
  ]);
  await expect(status(page)).toHaveText('نتيجتان');
  await expect(field(page)).toHaveValue('كوب 31');
});

test('/search without words invites a search', async ({ page }) => {
  await page.goto('/search');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('البحث في الأخبار');
  await expect(page).toHaveTitle(`بحث — ${site.name}`);
  await expect(page.getByRole('main').getByRole('link', { name: sectionTitle('world') })).toBeVisible();
});

for (const viewport of SCREENS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`results at ${viewport.width}px ${colorScheme}: axe clean, nothing overflows`, async ({ page }, testInfo) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto(searchUrl('الجزائر'));
      await expect(results(page).first()).toBeVisible();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      await page.evaluate(() => document.fonts.ready);
      const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: testInfo.outputPath(`search-${viewport.width}-${colorScheme}.png`) });

      await page.goto(searchUrl('كلمةلاوجودلها'));
      await expect(status(page)).toHaveText('لا نتائج');
      const empty = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(empty.violations.map((v) => v.id)).toEqual([]);
    });
  }
}

test('no horizontal scroll at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(searchUrl('الجزائر'));
  await expect(results(page).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});
