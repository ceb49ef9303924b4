/**
 * The editor preview: an editor pastes or drops a JSON Feed item (or opens a newsroom draft) and
 * sees it through the reader's own components, with its problems listed, before it is published.
 *
 * The workspace is client-only (never pre-rendered), so a client build is enough:
 *   npx vite build --outDir /tmp/preview-dist --emptyOutDir
 *   E2E_DIST=/tmp/preview-dist E2E_PORT=4194 E2E_OUTPUT=/tmp/preview-results npx playwright test e2e/preview.spec.ts
 */
import AxeBuilder from '@axe-core/playwright';
import { SCREENS, WCAG } from './axe';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { allItems, readJson, sectionFirstPage, site } from './sample-feed';
import { choose } from './segmented';

interface Draft {
  id: string;
  title: string;
  summary: string;
  content_html: string;
  language: string;
  _sahifa: { section: string; image: { alt: string } };
}

const TRAMWAY = '2026-12-01-constantine-tramway-extension';
const GAS = '2026-12-01-sonatrach-eni-hassi-rmel-agreement';
const FRENCH = '2026-12-02-festival-oran-programme';
const draft = (id: string) => readJson<Draft>(`drafts/${id}.json`);
const tramway = draft(TRAMWAY);

const SOURCE = 'عنصر JSON Feed أو خلاصة كاملة';

const editor = (page: Page) => page.getByLabel(SOURCE);
/** The reader's view, inside its frame. */
const frame = (page: Page) => page.frameLocator('iframe[title$="كما يراها القارئ"]');
const problems = (page: Page) => page.getByRole('region', { name: 'المشكلات' });
const pretty = (value: unknown) => JSON.stringify(value, null, 2);

async function paste(page: Page, value: unknown) {
  await editor(page).fill(typeof value === 'string' ? value : pretty(value));
}

function firstParagraph(html: string): string {
  return /<p>(.*?)<\/p>/s.exec(html)![1]!.replace(/<[^>]+>/g, '');
}

test.beforeEach(async ({ page }) => {
  await page.goto('/preview');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('معاينة المقال قبل النشر');
});

test('is marked as an unpublished preview and kept out of search engines', async ({ page }) => {
  await expect(page.getByRole('note').filter({ hasText: 'معاينة — غير منشور' })).toBeVisible();
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByText('الصق عنصرًا من JSON Feed في الحقل')).toBeVisible();
});

test('a pasted item renders as its article and as cards, through the reader components', async ({ page, context }) => {
  // The draft is not in the feed: its cards must not try to fetch it ahead, as published cards do.
  const draftRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`/feed/items/${TRAMWAY}`)) draftRequests.push(request.url());
  });
  await paste(page, tramway);
  const view = frame(page);
  await expect(view.getByRole('heading', { level: 3, name: tramway.title })).toBeVisible();
  await expect(view.getByText(firstParagraph(tramway.content_html))).toBeVisible();
  await expect(view.getByRole('img', { name: tramway._sahifa.image.alt })).toBeVisible();
  await expect(problems(page)).toContainText('لا مشكلات: المقال جاهز للنشر.');

  await choose(page, 'الصفحة', 'الرئيسية');
  await expect(view.getByRole('link', { name: tramway.title })).toHaveCount(1);
  await expect(view.getByText(tramway.summary)).toBeVisible();

  await choose(page, 'الصفحة', 'القسم');
  // A standard card and a compact one, beside the section's published stories.
  await expect(view.getByRole('link', { name: tramway.title })).toHaveCount(2);
  await expect(view.getByRole('link', { name: sectionFirstPage('national').items[0]!.title }).first()).toBeVisible();

  // The draft's own card opens its article view; other links open beside the workspace.
  await view.getByRole('link', { name: tramway.title }).first().click();
  await expect(page.getByRole('radio', { name: 'المقال' })).toBeChecked();
  const popup = context.waitForEvent('page');
  await view.getByRole('navigation', { name: 'مسار التنقل' }).getByRole('link', { name: 'الرئيسية' }).click();
  expect(new URL((await popup).url()).pathname).toBe('/');
  await expect(page).toHaveURL(/\/preview$/);
  expect(draftRequests).toEqual([]);
});

test('switches the frame between phone and desktop widths, light and dark', async ({ page }) => {
  await paste(page, tramway);
  const iframe = page.locator('iframe[title$="كما يراها القارئ"]');
  await expect(frame(page).getByRole('heading', { level: 3 })).toHaveText(tramway.title);
  expect(await iframe.evaluate((element: HTMLIFrameElement) => element.contentWindow!.innerWidth)).toBe(390);

  await choose(page, 'الشاشة', 'حاسوب');
  await expect.poll(() => iframe.evaluate((element: HTMLIFrameElement) => element.contentWindow!.innerWidth)).toBe(1280);
  // Wider than the workspace, the desktop page is drawn to fit; at real size it scrolls sideways.
  await expect(page.getByText(/معروضة بنسبة \d+٪/)).toBeVisible();
  await choose(page, 'الحجم', 'حقيقي');
  await expect(page.getByText(/معروضة بنسبة/)).toHaveCount(0);

  const paper = () => frame(page).locator('html').evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await paper()).toBe('rgb(251, 250, 247)');
  await choose(page, 'الألوان', 'داكنة');
  await expect.poll(paper).toBe('rgb(20, 20, 20)');
});

test('broken JSON shows its line and column, and the last good render stays', async ({ page }) => {
  await paste(page, tramway);
  await expect(frame(page).getByRole('heading', { level: 3 })).toHaveText(tramway.title);

  const text = pretty(tramway);
  const broken = text.replace(',\n  "summary"', '\n  "summary"');
  const line = broken.slice(0, broken.indexOf('  "summary"')).split('\n').length;
  await paste(page, broken);
  await expect(problems(page)).toContainText(`JSON غير صالح في السطر ${line}، العمود 3: تنقص فاصلة (,) بين حقلين أو قوس إغلاق (\u2066}\u2069).`);
  await expect(page.getByText('تعرض المعاينة آخر نسخة صالحة')).toBeVisible();
  await expect(frame(page).getByRole('heading', { level: 3 })).toHaveText(tramway.title);

  await problems(page).getByRole('button', { name: 'انتقل إلى موضع الخطأ' }).click();
  await expect(editor(page)).toBeFocused();
  const caret = await editor(page).evaluate((element: HTMLTextAreaElement) => element.selectionStart);
  expect(caret).toBe(broken.indexOf('  "summary"') + 2);
});

test('a missing title is listed with its field, and the button takes the caret there', async ({ page }) => {
  await paste(page, { ...tramway, title: undefined });
  const problem = problems(page).getByRole('listitem').filter({ hasText: 'العنوان مطلوب.' });
  await expect(problem).toContainText('خطأ');
  await problem.getByRole('button', { name: 'انتقل إلى الحقل title' }).click();
  await expect(editor(page)).toBeFocused();
  // No title field: the caret goes just inside the item, where it belongs.
  expect(await editor(page).evaluate((element: HTMLTextAreaElement) => element.selectionStart)).toBe(1);

  // A field that is there is selected, and scrolled into view.
  await paste(page, { ...tramway, _sahifa: { ...tramway._sahifa, section: 'sport' } });
  await editor(page).evaluate((element) => (element.scrollTop = 0));
  await problems(page).getByRole('button', { name: 'انتقل إلى الحقل _sahifa.section' }).click();
  const selection = await editor(page).evaluate((element: HTMLTextAreaElement) => ({
    text: element.value.slice(element.selectionStart, element.selectionEnd),
    scrolled: element.scrollTop > 0,
  }));
  expect(selection).toEqual({ text: '"sport"', scrolled: true });
  await expect(problems(page)).toContainText('القسم «sport» غير موجود في الموقع.');
});

test('lists the problems an editor must see before publishing', async ({ page }) => {
  const gas = draft(GAS);
  await paste(page, {
    ...gas,
    summary: undefined,
    date_published: '2026-13-01T10:00:00+01:00',
    content_html: `${gas.content_html}<p onclick="steal()">فقرة</p><script>alert(1)</script><img src="/feed/media/x.webp">`,
    _sahifa: { ...gas._sahifa, image: { ...gas._sahifa.image, alt: '' } },
  });
  for (const message of [
    'تاريخ النشر غير صالح: «2026-13-01T10:00:00+01:00».',
    'الصورة بلا نص بديل (alt)',
    'العنوان طويل على البطاقات',
    'الملخّص مفقود',
    'سيُحذف عند النشر ما تمنعه قواعد الأمان: <script>، onclick.',
    'صور في نص المقال بلا نص بديل (alt). عددها: 1.',
  ]) {
    await expect(problems(page)).toContainText(message);
  }
  await expect(problems(page).getByRole('status')).toHaveText('أخطاء: 2 · تنبيهات: 4');
  // The reader's copy is already safe.
  await expect(frame(page).locator('.prose-article script, .prose-article [onclick]')).toHaveCount(0);
});

test('a whole feed offers its items in a labelled list', async ({ page }) => {
  const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'صحيفة', items: [tramway, draft(FRENCH)] };
  await paste(page, feed);
  const picker = page.getByLabel('العنصر المعروض من الخلاصة');
  await expect(picker.locator('option')).toHaveText([`1. ${tramway.title}`, `2. ${draft(FRENCH).title}`]);
  await picker.selectOption({ index: 1 });
  const heading = frame(page).getByRole('heading', { level: 3 });
  await expect(heading).toHaveText(draft(FRENCH).title);
  await expect(heading).toHaveAttribute('lang', 'fr');
  await expect(heading).toHaveAttribute('dir', 'ltr');
});

test('the draft is still there after a reload, and clearing it asks first', async ({ page }) => {
  await paste(page, tramway);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sahifa.preview.draft'))).toContain(TRAMWAY);
  await page.reload();
  await expect(editor(page)).toHaveValue(pretty(tramway));
  await expect(frame(page).getByRole('heading', { level: 3 })).toHaveText(tramway.title);

  await page.getByRole('button', { name: 'مسح المسودة' }).click();
  const dialog = page.getByRole('dialog', { name: 'مسح المسودة؟' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'إلغاء' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor(page)).toHaveValue(pretty(tramway));

  await page.getByRole('button', { name: 'مسح المسودة' }).click();
  await dialog.getByRole('button', { name: 'مسح', exact: true }).click();
  await expect(editor(page)).toHaveValue('');
  await expect(editor(page)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'مُسحت المسودة.' })).toBeVisible();
  await page.reload();
  await expect(editor(page)).toHaveValue('');
});

test('a shared link opens the same preview in another browser, and nothing is uploaded', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const gas = draft(GAS);
  await paste(page, gas);
  await expect(frame(page).getByRole('heading', { level: 3 })).toHaveText(gas.title);
  // The frame may still be fetching its fonts and images; anything else would be the draft leaving.
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' || !/^\/(assets|feed)\//.test(new URL(request.url()).pathname)) requests.push(`${request.method()} ${request.url()}`);
  });
  await page.getByRole('button', { name: 'نسخ رابط المعاينة' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'نُسخ رابط المعاينة' })).toBeVisible();
  const link = await page.getByLabel('رابط المعاينة').inputValue();
  expect(link).toMatch(/\/preview#draft=[\w-]+$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(requests).toEqual([]);

  const other = await browser.newContext({ locale: 'ar-DZ', timezoneId: 'Africa/Algiers' });
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(frame(reader).getByRole('heading', { level: 3 })).toHaveText(gas.title);
  await expect(editor(reader)).toHaveValue(pretty(gas));
  await expect(reader.getByText('فُتحت المسودة المشارَكة.')).toBeVisible();
  // The draft now lives in that workspace: the fragment is gone, so a reload keeps later edits.
  await expect(reader).toHaveURL(/\/preview$/);
  await other.close();
});

test('a shared link keeps the work it replaces, one click away', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await paste(page, draft(FRENCH));
  await page.getByRole('button', { name: 'نسخ رابط المعاينة' }).click();
  const link = await page.getByLabel('رابط المعاينة').inputValue();
  await paste(page, tramway);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('sahifa.preview.draft'))).toContain(TRAMWAY);

  await page.goto(link);
  await expect(frame(page).getByRole('heading', { level: 3 })).toHaveText(draft(FRENCH).title);
  await page.getByRole('button', { name: 'استعادة مسودتي' }).click();
  await expect(editor(page)).toHaveValue(pretty(tramway));
});

test('a draft too big for a link is refused with a message, not a broken link', async ({ page }) => {
  // Text that does not compress: a link would be far over the limit.
  let seed = 7;
  const noise = Array.from({ length: 12_000 }, () => String.fromCharCode(0x0627 + ((seed = (seed * 48271) % 2147483647) % 36))).join('');
  await paste(page, { ...tramway, content_html: `<p>${noise}</p>` });
  await page.getByRole('button', { name: 'نسخ رابط المعاينة' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'المسودة أكبر من أن تُنقل في رابط' })).toContainText('والحد: 8000');
  await expect(page.getByLabel('رابط المعاينة')).toHaveCount(0);
});

test('a dropped .json file is read into the workspace', async ({ page }) => {
  const file = { name: 'draft.json', mimeType: 'application/json', buffer: Buffer.from(`\uFEFF${pretty(tramway)}`) };
  await page.getByLabel('اختيار ملف JSON').setInputFiles(file);
  await expect(editor(page)).toHaveValue(pretty(tramway));
  await expect(frame(page).getByRole('heading', { level: 3 })).toHaveText(tramway.title);

  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'french.json', { type: 'application/json' }));
    return data;
  }, pretty(draft(FRENCH)));
  for (const type of ['dragenter', 'dragover', 'drop']) await editor(page).dispatchEvent(type, { dataTransfer: transfer });
  await expect(frame(page).getByRole('heading', { level: 3 })).toHaveText(draft(FRENCH).title);
  await expect(page.getByText('قُرئ الملف مكان مسودتك، ومسودتك محفوظة.')).toBeVisible();
});

test.describe('a newsroom draft at /preview/<id>', () => {
  test('opens read-only, as the reader will show it', async ({ page }) => {
    const french = draft(FRENCH);
    await page.goto(`/preview/${FRENCH}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('معاينة المقال قبل النشر');
    await expect(page.getByRole('note').filter({ hasText: 'معاينة — غير منشور' })).toBeVisible();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    const source = page.getByLabel(`مسودة غرفة الأخبار: feed/drafts/${FRENCH}.json`);
    await expect(source).toHaveJSProperty('readOnly', true);
    await expect(source).toHaveValue(pretty(french));
    const heading = frame(page).getByRole('heading', { level: 3 });
    await expect(heading).toHaveText(french.title);
    await expect(heading).toHaveAttribute('dir', 'ltr');
    await expect(problems(page)).toContainText('لا مشكلات');
  });

  test('can be copied into the workspace to try a change', async ({ page }) => {
    await page.goto(`/preview/${TRAMWAY}`);
    await page.getByRole('button', { name: 'تعديل نسخة في مساحة العمل' }).click();
    await expect(page).toHaveURL(/\/preview$/);
    await expect(editor(page)).toHaveValue(pretty(tramway));
    await expect(editor(page)).toHaveJSProperty('readOnly', false);
  });

  test('says so when there is no such draft', async ({ page }) => {
    await page.goto('/preview/no-such-draft');
    await expect(page.getByRole('alert')).toContainText('لم نجد المسودة «no-such-draft»');
    await expect(page.getByRole('note').filter({ hasText: 'معاينة — غير منشور' })).toBeVisible();
  });

  test('is listed nowhere a reader or a crawler looks', () => {
    const published = JSON.stringify([allItems, site]);
    for (const id of [TRAMWAY, GAS, FRENCH]) expect(published).not.toContain(id);
  });
});

test('is usable from the keyboard alone', async ({ page }) => {
  await paste(page, tramway);
  await page.getByRole('radio', { name: 'المقال' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'الرئيسية' })).toBeChecked();
  await expect(frame(page).getByRole('link', { name: tramway.title })).toBeVisible();
  await page.getByRole('button', { name: 'مسح المسودة' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Enter'); // "Cancel" has the focus
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('button', { name: 'مسح المسودة' })).toBeFocused();
  await expect(editor(page)).toHaveValue(pretty(tramway));
});

for (const viewport of SCREENS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${viewport.width}px ${colorScheme}`, () => {
      test.use({ viewport, colorScheme });
      test('axe: no WCAG 2.2 A/AA violations in the workspace, its problems and its frame', async ({ page }) => {
        await page.goto('/preview');
        await paste(page, { ...draft(GAS), summary: '' });
        await expect(frame(page).getByRole('heading', { level: 3 })).toBeVisible();
        await expect(problems(page).getByRole('listitem')).toHaveCount(2);
        await choose(page, 'الألوان', colorScheme === 'light' ? 'داكنة' : 'فاتحة');
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    });
  }
}

test.describe('a narrow phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('has no sideways scroll: the 390 px frame is drawn to fit', async ({ page }) => {
    await page.goto('/preview');
    await paste(page, tramway);
    await expect(frame(page).getByRole('heading', { level: 3 })).toHaveText(tramway.title);
    await expect(page.getByText(/معروضة بنسبة \d+٪/)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('axe: no violations on a newsroom draft, nor with the confirmation open', async ({ page }) => {
  await page.goto(`/preview/${GAS}`);
  await expect(frame(page).getByRole('heading', { level: 3 })).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
  await page.goto('/preview');
  await paste(page, tramway);
  await page.getByRole('button', { name: 'مسح المسودة' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
});
