/**
 * Screenshots of the main views at phone and desktop widths, light and dark, for looking at what
 * was built (and for the README). Serves dist/ itself; run `npm run build` first.
 *
 *   node scripts/screenshots.ts [--out screenshots] [--only article] [--full]
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'screenshots' },
    only: { type: 'string' },
    port: { type: 'string', default: '4190' },
    full: { type: 'boolean', default: false },
  },
});
const PAGES: Record<string, string> = {
  home: '/',
  section: '/sections/world',
  article: '/articles/2026-11-24-us-strikes-sirte',
  'not-found': '/no/such/page',
};
const base = `http://127.0.0.1:${values.port}`;
const server = spawn(process.execPath, ['scripts/serve.ts', 'dist', '--port', values.port!], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 600));
mkdirSync(values.out!, { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const [name, path] of Object.entries(PAGES)) {
    if (values.only && !name.startsWith(values.only)) continue;
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, colorScheme, locale: 'ar-DZ', timezoneId: 'Africa/Algiers' });
        await page.goto(base + path);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.evaluate(() => document.fonts.ready);
        await page.waitForLoadState('networkidle');
        const file = join(values.out!, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: values.full });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
