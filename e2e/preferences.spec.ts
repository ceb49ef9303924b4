import { createHash } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { SEED_ID, allItems, firstParagraph, seed, sectionTitle } from './sample-feed';
import { choose } from './segmented';

const ARTICLE = `/articles/${SEED_ID}`;
/** The page background of each scheme (--color-paper). */
const PAPER = { light: 'rgb(251, 250, 247)', dark: 'rgb(20, 20, 20)' };

const THEME = 'المظهر';
const TEXT_SIZE = 'حجم نص المقال';

const settingsButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: 'إعدادات القراءة' });
const settingsPanel = (page: Page) => page.getByRole('group', { name: 'إعدادات القراءة' });
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const articleText = (page: Page) => page.getByText(firstParagraph(seed), { exact: true });
const fontSize = async (page: Page) => parseFloat(await articleText(page).evaluate((element) => getComputedStyle(element).fontSize));
const horizontalOverflow = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth;
  });

async function openSettings(page: Page) {
  await settingsButton(page).click();
  await expect(settingsPanel(page).getByRole('radio')).not.toHaveCount(0);
}

/** Preferences remembered from an earlier visit, in place before the first page of the context loads. */
async function remember(context: BrowserContext, stored: Record<string, string>) {
  await context.addInitScript((entries) => {
    if (sessionStorage.getItem('remembered')) return;
    sessionStorage.setItem('remembered', 'yes');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
}

test.describe('theme', () => {
  test.use({ colorScheme: 'light', viewport: { width: 390, height: 844 } });

  test('dark chosen from the header darkens the page and the toolbar colour, and stays after a reload', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(settingsButton(page)).toHaveAttribute('aria-expanded', 'false');
    await openSettings(page);
    await expect(settingsButton(page)).toHaveAttribute('aria-expanded', 'true');
    await expect(settingsPanel(page).getByRole('radio', { name: 'حسب الجهاز' })).toBeChecked();

    await choose(page, THEME, 'داكن');
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
    expect(await background(page)).toBe(PAPER.dark);
    await expect(page.locator('meta[name="theme-color"][content="#141414"]')).toHaveAttribute('media', 'all');
    await expect(page.locator('meta[name="theme-color"][content="#fbfaf7"]')).toHaveAttribute('media', 'not all');

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
    expect(await background(page)).toBe(PAPER.dark);
    await openSettings(page);
    await expect(settingsPanel(page).getByRole('radio', { name: 'داكن' })).toBeChecked();
  });

  test('a remembered theme is on <html> before the body is parsed, and without the app’s JavaScript', async ({ context, page }) => {
    await remember(context, { 'sahifa.theme': 'dark', 'sahifa.textSize': 'large' });
    // The order in which the parser built the page: the attributes must come before <body>.
    await context.addInitScript(() => {
      const events: string[] = [];
      Object.assign(window, { parseOrder: events });
      new MutationObserver((records) => {
        for (const record of records) {
          if (record.type === 'attributes') events.push(`${record.attributeName}=${document.documentElement.getAttribute(record.attributeName!)}`);
          else if ([...record.addedNodes].some((node) => node.nodeName === 'BODY')) events.push('body');
        }
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-color-scheme', 'data-text-size'] });
    });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    // Only the pre-rendered HTML and CSS: a theme applied by the app would not be there.
    await page.route('**/assets/*.js', (route) => route.abort());

    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
    expect(await background(page)).toBe(PAPER.dark);
    expect(await page.evaluate(() => (window as unknown as { parseOrder: string[] }).parseOrder)).toEqual([
      'data-color-scheme=dark',
      'data-text-size=large',
      'body',
    ]);
    // The script ran under the page's Content-Security-Policy: its hash is allowed.
    expect(problems.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });

  test('the pre-rendered article carries the script and its hash in the policy that precedes it', async ({ request }) => {
    const html = await (await request.get(ARTICLE)).text();
    const script = /<script>([^<]+)<\/script>/.exec(html)![1]!;
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf(`<script>${script}`));
    expect(script).toContain('sahifa.theme');
  });

  test('“as the device” follows the system scheme, and forgets the forced one', async ({ page }) => {
    await page.goto(ARTICLE);
    await openSettings(page);
    await choose(page, THEME, 'داكن');
    await choose(page, THEME, 'حسب الجهاز');
    await expect(page.locator('html')).not.toHaveAttribute('data-color-scheme');
    expect(await page.evaluate(() => localStorage.getItem('sahifa.theme'))).toBeNull();

    expect(await background(page)).toBe(PAPER.light);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(PAPER.dark);
    await page.reload();
    expect(await background(page)).toBe(PAPER.dark);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe(PAPER.light);
  });

  test('light chosen on a dark device stays light', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(ARTICLE);
    expect(await background(page)).toBe(PAPER.dark);
    await openSettings(page);
    await choose(page, THEME, 'فاتح');
    expect(await background(page)).toBe(PAPER.light);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'light');
    expect(await background(page)).toBe(PAPER.light);
  });

  test('a choice made in another tab shows in this one', async ({ context, page }) => {
    await page.goto(ARTICLE);
    const other = await context.newPage();
    await other.goto('/');
    await openSettings(other);
    await choose(other, THEME, 'داكن');
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  });

  test('where the browser refuses to store it, the choice still applies and the reader is told', async ({ context, page }) => {
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(ARTICLE);
    await openSettings(page);
    await choose(page, THEME, 'داكن');
    await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
    await expect(settingsPanel(page).getByRole('status')).toHaveText('لن يحفظ المتصفح اختيارك بعد إغلاق الصفحة.');
  });

  test('a tampered stored value is ignored', async ({ context, page }) => {
    await remember(context, { 'sahifa.theme': 'midnight', 'sahifa.textSize': '9000' });
    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).not.toHaveAttribute('data-color-scheme');
    await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
  });
});

test.describe('text size', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the largest step enlarges the article text, stays after a reload, and nothing overflows at 390 px', async ({ page }) => {
    await page.goto(ARTICLE);
    const normal = await fontSize(page);
    const headline = await page.getByRole('heading', { level: 1 }).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    await openSettings(page);
    await expect(settingsPanel(page).getByRole('radio', { name: 'عادي' })).toBeChecked();

    await choose(page, TEXT_SIZE, 'الأكبر');
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
    expect(await fontSize(page)).toBeCloseTo(normal * 1.5, 1);
    // Headlines grow half as much.
    expect(await page.getByRole('heading', { level: 1 }).evaluate((element) => parseFloat(getComputedStyle(element).fontSize))).toBeCloseTo(headline * 1.25, 1);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-text-size', 'largest');
    expect(await fontSize(page)).toBeCloseTo(normal * 1.5, 1);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('each step is larger than the one before', async ({ page }) => {
    await page.goto(ARTICLE);
    await openSettings(page);
    const sizes: number[] = [];
    for (const step of ['صغير', 'عادي', 'كبير', 'أكبر', 'الأكبر']) {
      await choose(page, TEXT_SIZE, step);
      sizes.push(await fontSize(page));
    }
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).toBe(5);
  });
});

/*
 * 200% browser zoom on a 390 px phone: the page gets half as many CSS pixels (195) at twice the
 * device pixels per CSS pixel, which is what a 195 px viewport at device scale factor 2 is.
 */
for (const textSize of ['normal', 'largest']) {
  test.describe(`200% zoom at text size ${textSize}`, () => {
    test.use({ viewport: { width: 195, height: 422 }, deviceScaleFactor: 2 });

    for (const path of [ARTICLE, '/', '/sections/world']) {
      test(`nothing overflows sideways on ${path}`, async ({ context, page }) => {
        await remember(context, { 'sahifa.textSize': textSize });
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await openSettings(page);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        const panel = await settingsPanel(page).boundingBox();
        expect(panel!.x).toBeGreaterThanOrEqual(0);
        expect(panel!.x + panel!.width).toBeLessThanOrEqual(195);
      });
    }
  });
}

test('the reading settings work from the keyboard alone', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.getByRole('banner').getByRole('button', { name: 'ابحث' }).focus();
  await page.keyboard.press('Tab');
  await expect(settingsButton(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(settingsButton(page)).toHaveAttribute('aria-expanded', 'true');
  // The panel's controls are a chunk of their own, fetched when the button got focus; a reader sees
  // «جارٍ التحميل» until they are there (on a busy machine that can outlast a keystroke).
  await expect(settingsPanel(page).getByRole('radio', { name: 'حسب الجهاز' })).toBeVisible();

  // Into the panel: the theme group, at its checked option; the arrow keys choose.
  await page.keyboard.press('Tab');
  await expect(settingsPanel(page).getByRole('radio', { name: 'حسب الجهاز' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(settingsPanel(page).getByRole('radio', { name: 'داكن' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');

  await page.keyboard.press('Tab');
  await expect(settingsPanel(page).getByRole('radio', { name: 'عادي' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'large');

  // Escape closes and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(settingsPanel(page)).toHaveCount(0);
  await expect(settingsButton(page)).toBeFocused();
  await expect(settingsButton(page)).toHaveAttribute('aria-expanded', 'false');

  // Moving on past the panel closes it too.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(settingsPanel(page).getByRole('radio', { name: 'كبير' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(settingsPanel(page).getByRole('radio', { name: 'العربية' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(settingsPanel(page)).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: 'الرئيسية' })).toBeFocused();
});

test('a click elsewhere closes the panel', async ({ page }) => {
  await page.goto(ARTICLE);
  await openSettings(page);
  await page.getByRole('heading', { level: 1 }).click();
  await expect(settingsPanel(page)).toHaveCount(0);
  await expect(settingsButton(page)).toHaveAttribute('aria-expanded', 'false');
});

test('when the settings cannot be loaded, the panel says so, and opens once they can', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.route('**/assets/ReadingSettingsContents-*.js', (route) => route.abort());
  await settingsButton(page).click();
  await expect(settingsPanel(page).getByRole('alert')).toHaveText('تعذّر تحميل الإعدادات. حاول مجددًا بعد عودة الاتصال.');
  await page.unrouteAll();
  await settingsButton(page).click();
  await settingsButton(page).click();
  await expect(settingsPanel(page).getByRole('radio', { name: 'داكن' })).toBeVisible();
});

test.describe('reduced motion', () => {
  /** Holds a section's feed until released, so the page stays in its loading state. */
  async function navigateAndHold(page: Page) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/feed/sections/culture.json', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(ARTICLE);
    // Hydrated (the settings button comes alive with the app): the link navigates in the app.
    await expect(settingsButton(page)).toBeEnabled();
    await page.getByRole('navigation', { name: 'الأقسام' }).getByRole('link', { name: sectionTitle('culture') }).click();
    const bar = page.getByText('جارٍ تحميل الصفحة…').locator('..');
    await expect(bar).toBeAttached();
    return { animation: await bar.evaluate((element) => getComputedStyle(element).animationName), release };
  }

  test('the loading bar moves for readers who have not asked for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const { animation, release } = await navigateAndHold(page);
    expect(animation).toBe('navigation-progress');
    release();
  });

  test('the loading bar stands still for readers who asked for less motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const { animation, release } = await navigateAndHold(page);
    expect(animation).toBe('none');
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionTitle('culture'));
  });
});

test.describe('print', () => {
  test.use({ viewport: { width: 800, height: 1000 } });

  test('an article prints headline, byline, date, image and body, without the site around it', async ({ context, page }) => {
    // In the dark theme, to show that print is black on white whatever the reader chose.
    await remember(context, { 'sahifa.theme': 'dark' });
    await page.goto(ARTICLE);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: 'print' });

    for (const chrome of [
      page.getByRole('banner'),
      page.getByRole('navigation', { name: 'الأقسام' }),
      page.getByRole('navigation', { name: 'مسار التنقل' }),
      page.getByRole('searchbox'),
      settingsButton(page),
      page.getByRole('region', { name: 'من القسم نفسه' }),
      page.getByRole('contentinfo'),
      page.getByRole('link', { name: 'تخطَّ إلى المحتوى' }),
    ]) {
      await expect(chrome).toBeHidden();
    }
    const article = page.getByRole('article').first();
    await expect(article.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(article.getByText('بقلم elmaouid')).toBeVisible();
    await expect(article.locator('time').first()).toContainText('24 نوفمبر 2026');
    await expect(article.getByRole('img', { name: seed._sahifa!.image!.alt! })).toBeVisible();
    await expect(articleText(page)).toBeVisible();

    const colours = await articleText(page).evaluate((element) => ({
      text: getComputedStyle(element).color,
      page: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(colours).toEqual({ text: 'rgb(0, 0, 0)', page: 'rgb(255, 255, 255)' });
    expect(await page.locator('figure').first().evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');

    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  test('links in an article print their address', async ({ page }) => {
    const item = allItems.find((candidate) => /href="https?:/.test(candidate.content_html))!;
    const href = /href="(https?:[^"]+)"/.exec(item.content_html)![1]!;
    await page.goto(`/articles/${item.id}`);
    const link = page.getByRole('article').first().locator(`.prose-article a[href="${href}"]`);
    await page.emulateMedia({ media: 'print' });
    expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe(`" (${href})"`);
    await page.emulateMedia({ media: 'screen' });
    expect(await link.evaluate((element) => getComputedStyle(element, '::after').content)).toBe('none');
  });
});
