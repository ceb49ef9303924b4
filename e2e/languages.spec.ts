import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WCAG } from './axe';
import { collectConsoleProblems } from './console-problems';
import { layoutShiftSince, recordLayoutShifts } from './layout-shifts';
import { SEED_ID, seed, sectionTitle } from './sample-feed';
import { ar } from './ui-strings';

/** The interface strings of each language, read like the app reads them. */
const strings = Object.fromEntries(
  ['fr', 'en'].map((language) => [language, JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'app', 'locales', `${language}.json`), 'utf8')) as typeof ar]),
) as Record<'fr' | 'en', typeof ar>;
const LANGUAGE_NAMES = { ar: 'العربية', fr: 'Français', en: 'English' };
const ARTICLE = `/articles/${SEED_ID}`;

const settingsButton = (page: Page, text = ar) => page.getByRole('banner').getByRole('button', { name: text.preferences.title });

async function chooseLanguage(page: Page, from: typeof ar, language: keyof typeof LANGUAGE_NAMES) {
  await settingsButton(page, from).click();
  const panel = page.getByRole('group', { name: from.preferences.title });
  // The options are radios drawn as segments: the label is what a reader clicks.
  await panel.getByText(LANGUAGE_NAMES[language], { exact: true }).click();
}

async function remember(context: BrowserContext, language: string) {
  await context.addInitScript((value) => localStorage.setItem('sahifa.language', value), language);
}

for (const language of ['fr', 'en'] as const) {
  const text = strings[language];

  test(`choosing ${language} turns the interface ${language} and left-to-right, the Arabic article stays right-to-left`, async ({ page }) => {
    const problems = collectConsoleProblems(page);
    await page.goto(ARTICLE);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await chooseLanguage(page, ar, language);

    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(settingsButton(page, text)).toBeVisible();
    await expect(page.getByRole('navigation', { name: text.site.mainNavigation }).getByRole('link', { name: text.site.home })).toBeVisible();

    // The article keeps its own language and direction, headline and body alike.
    const headline = page.getByRole('heading', { level: 1 });
    await expect(headline).toHaveText(seed.title);
    await expect(headline).toHaveAttribute('lang', 'ar');
    await expect(headline).toHaveAttribute('dir', 'rtl');
    expect(await headline.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
    // So do the feed's own words in the interface: the section in the breadcrumb.
    const crumb = page.getByRole('navigation', { name: text.article.breadcrumb }).getByRole('link', { name: sectionTitle('world') });
    await expect(crumb).toHaveAttribute('lang', 'ar');

    // Interface dates follow the interface language (fr-DZ, en-GB), not the site's ar-DZ.
    const published = page.getByRole('main').locator('time').first();
    await expect(published).toHaveText(language === 'fr' ? /novembre 2026/ : /November 2026/);

    // Remembered: a reload comes back in the same language (after hydrating in Arabic, like the HTML).
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expect(settingsButton(page, text)).toBeVisible();
    expect(problems).toEqual([]);
  });

  test(`axe: no WCAG 2.2 A/AA violations in ${language} on home, section, article and saved, light and dark`, async ({ page, context }) => {
    test.slow();
    await remember(context, language);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const path of ['/', '/sections/world', ARTICLE, '/saved']) {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${colorScheme} ${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      }
    }
  });
}

test('a French reader\'s page is laid out left to right from its first paint, before the app runs', async ({ context }) => {
  await remember(context, 'fr');
  // A page of its own: the fixture's would wait for a hydration that cannot come.
  const page = await context.newPage();
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(ARTICLE);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'ltr');
  // Its interface words are still the pre-rendered Arabic ones, and say so.
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'rtl');
});

test('switching a French reader\'s cold load to French moves nothing on a wide screen', async ({ page, context }) => {
  await remember(context, 'fr');
  await recordLayoutShifts(context);
  // The whole page used to flip sides when the app switched it (CLS 0.15 to 0.63). On a phone the
  // longer French words still re-wrap a line or two (README, Measured).
  for (const path of ['/', '/sections/world', ARTICLE]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(settingsButton(page, strings.fr)).toBeVisible();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await layoutShiftSince(page), path).toBeLessThanOrEqual(0.02);
  }
});

test('back to Arabic: right-to-left again, and the choice is remembered', async ({ page, context }) => {
  await remember(context, 'en');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await chooseLanguage(page, strings.en, 'ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.home.title);
  expect(await page.evaluate(() => localStorage.getItem('sahifa.language'))).toBe('ar');
});
