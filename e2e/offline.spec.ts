import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { appendFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { WCAG } from './axe';
import { SEED_ID, allItems, firstParagraph, seed, site } from './sample-feed';

// The one spec that runs with the service worker (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

/** Resolves once a service worker answers this page's requests. */
async function workerControls(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Whether any of the worker's caches holds a response for the path. */
const isCached = (page: Page, path: string) => page.evaluate(async (url) => (await caches.match(url)) !== undefined, path);

/** The width and height a PNG declares in its header. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('the site is installable by Chromium’s criteria: manifest, icons, a worker in control', async ({ playwright, launchOptions, baseURL }, testInfo) => {
  // A profile on disk: Chromium never offers to install from an incognito window, which is what
  // a test's usual context is.
  const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), { ...launchOptions, baseURL, serviceWorkers: 'allow' });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifestUrl = new URL(href!, page.url()).href;
  const manifestResponse = await page.request.get(manifestUrl);
  expect(manifestResponse.ok()).toBe(true);
  const manifest = (await manifestResponse.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    dir: string;
    lang: string;
    description: string;
    icons: { src: string; sizes: string; type: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({ name: site.name, short_name: site.name, start_url: '/', scope: '/', display: 'standalone', dir: 'rtl', lang: 'ar' });
  expect(manifest.description).toMatch(/[\u0600-\u06FF]/);

  for (const size of ['192x192', '512x512']) {
    expect(manifest.icons.some((icon) => icon.sizes === size && icon.type === 'image/png' && (icon.purpose ?? 'any').includes('any'))).toBe(true);
  }
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    expect(response.headers()['content-type'], icon.src).toBe('image/png');
    expect(pngSize(await response.body()), icon.src).toBe(icon.sizes);
  }
  const appleTouchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await page.request.get(new URL(appleTouchIcon!, page.url()).href)).headers()['content-type']).toBe('image/png');

  await workerControls(page);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);

  // Chromium's own verdict, from the same check that offers "Install app".
  const devtools = await page.context().newCDPSession(page);
  const { installabilityErrors } = (await devtools.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  expect(installabilityErrors.map((error) => error.errorId)).toEqual([]);
  await context.close();
});

test('articles read once stay readable offline; others say so, with a retry', async ({ page, context }) => {
  const hydrationProblems: string[] = [];
  page.on('console', (message) => {
    if (/hydrat/i.test(message.text())) hydrationProblems.push(message.text());
  });
  page.on('pageerror', (error) => hydrationProblems.push(error.message));

  await page.goto(seed.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await workerControls(page);
  // The worker saves the page that installed it, though it was loaded before the worker existed.
  await expect.poll(() => isCached(page, `/articles/${SEED_ID}`)).toBe(true);

  // A second article, opened from a link inside the app: shown from the list that held it, with no
  // request; the app tells the worker, which keeps its document.
  const related = page.getByRole('region', { name: 'من القسم نفسه' });
  const secondLink = related.getByRole('link').first();
  const secondPath = new URL((await secondLink.getAttribute('href'))!, page.url()).pathname;
  const second = allItems.find((item) => item.url === secondPath)!;
  await secondLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
  await expect.poll(() => isCached(page, `/feed/items/${second.id}.json`)).toBe(true);
  await expect.poll(() => isCached(page, site.logo)).toBe(true);

  await context.setOffline(true);

  // The first article loaded anew with no network: the saved page, and the reader is told.
  await page.goto(seed.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.getByText(firstParagraph(seed), { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'أنت غير متصل بالإنترنت' })).toBeVisible();
  // The logo was loaded before the worker existed; the page handed it over to be kept.
  const logo = page.getByRole('banner').locator('img');
  await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);

  // A link inside the app to the other article read before.
  await page.getByRole('region', { name: 'من القسم نفسه' }).getByRole('link', { name: second.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
  await expect(page.getByText(firstParagraph(second), { exact: true })).toBeVisible();

  // The same article typed in or opened from a bookmark: the worker's shell renders it.
  await page.goto(second.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
  await expect(page.getByText(firstParagraph(second), { exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'أنت غير متصل بالإنترنت' })).toBeVisible();

  // An article never opened: a page that says why, in Arabic, with a retry that works once online.
  const unread = allItems.find((item) => item.id !== SEED_ID && item.id !== second.id)!;
  await page.goto(unread.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('تعذّر عرض هذه الصفحة');
  await expect(page.getByRole('alert')).toContainText('أنت غير متصل بالإنترنت، ولا نملك نسخة محفوظة من هذه الصفحة');
  await expect(page.getByRole('status').filter({ hasText: 'أنت غير متصل بالإنترنت' })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.setOffline(false);
  await page.getByRole('button', { name: 'أعد المحاولة' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(unread.title);

  expect(hydrationProblems).toEqual([]);
});

/** A copy of the build on a server of its own, so the test can publish a new version of it. */
async function serveCopyOfBuild(directory: string): Promise<{ url: string; stop: () => void }> {
  await cp(process.env.E2E_DIST ?? 'dist', directory, { recursive: true });
  const server = spawn(process.execPath, ['scripts/serve.ts', directory, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [firstLine] = (await once(server.stdout, 'data')) as [Buffer];
  return { url: /http:\/\/\S+\//.exec(firstLine.toString())![0], stop: () => server.kill() };
}

const updatePrompt = (page: Page) => page.getByRole('status').filter({ hasText: 'نسخة جديدة من الموقع جاهزة' });

const waitingWorker = (page: Page) => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);

test('a new version waits for the reader, then every open page moves to it together', async ({ context }, testInfo) => {
  const directory = testInfo.outputPath('site');
  const server = await serveCopyOfBuild(directory);
  try {
    const reader = await context.newPage();
    await reader.goto(new URL(seed.url, server.url).href);
    await workerControls(reader);
    const otherTab = await context.newPage();
    await otherTab.goto(server.url);
    await workerControls(otherTab);

    // The newsroom deploys: the worker script changes, and a check for updates finds it.
    await appendFile(join(directory, 'sw.js'), '\n// the next version\n');
    await reader.evaluate(async () => void (await navigator.serviceWorker.getRegistration())?.update());
    await expect(updatePrompt(reader)).toBeVisible();
    await expect(updatePrompt(otherTab)).toBeVisible();
    await expect(updatePrompt(reader).getByRole('button', { name: 'أعد التحميل' })).toBeVisible();
    await expectNoAxeViolations(reader);
    await reader.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(reader);

    // Not now: the prompt goes, the new version keeps waiting.
    await otherTab.getByRole('button', { name: 'لاحقًا' }).click();
    await expect(updatePrompt(otherTab)).toHaveCount(0);
    expect(await waitingWorker(otherTab)).toBe('installed');

    // A reload is not an acceptance: the page comes back on its version, and asks again.
    await reader.reload();
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(updatePrompt(reader)).toBeVisible();
    expect(await waitingWorker(reader)).toBe('installed');

    // Accepted in one tab: the new worker takes over and every open page reloads onto it.
    await Promise.all([
      reader.waitForEvent('load'),
      otherTab.waitForEvent('load'),
      updatePrompt(reader).getByRole('button', { name: 'أعد التحميل' }).click(),
    ]);
    for (const page of [reader, otherTab]) {
      await workerControls(page);
      expect(await waitingWorker(page)).toBeNull();
      await expect(updatePrompt(page)).toHaveCount(0);
    }
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  } finally {
    server.stop();
  }
});
