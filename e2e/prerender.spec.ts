import { expect, test } from './fixtures';
import { SEED_ID, firstParagraph, seed, sectionFirstPage, sectionTitle, site } from './sample-feed';
import { collectConsoleProblems } from './console-problems';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

  test('the seed article is fully readable', async ({ page }) => {
    await page.goto(`/articles/${SEED_ID}`);
    const breadcrumb = page.getByRole('navigation', { name: 'مسار التنقل' });
    await expect(breadcrumb.getByRole('link', { name: 'الرئيسية' })).toHaveAttribute('href', '/');
    await expect(breadcrumb.getByRole('link', { name: sectionTitle('world') })).toHaveAttribute('href', '/sections/world');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    await expect(page.getByText('بقلم elmaouid')).toBeVisible();
    await expect(page.locator('article time').first()).toContainText('24 نوفمبر 2026');
    const figure = page.locator('article figure');
    await expect(figure.getByRole('img', { name: seed._sahifa!.image!.alt! })).toBeVisible();
    await expect(figure.locator('figcaption')).toContainText(seed._sahifa!.image!.caption!);
    await expect(page.getByText(firstParagraph(seed), { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(`${seed.title} — ${site.name}`);
  });

  test('a section lists its articles with links that work', async ({ page }) => {
    const first = sectionFirstPage('world').items[0]!;
    await page.goto('/sections/world');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionTitle('world'));
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(sectionFirstPage('world').items.length);
    await page.getByRole('link', { name: first.title }).click();
    await expect(page).toHaveURL(first.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  });
});

test('a pre-rendered page hydrates without a warning or a refetch, then navigates in the app', async ({ page }) => {
  const problems = collectConsoleProblems(page);
  const feedRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/feed/') && request.url().endsWith('.json')) feedRequests.push(request.url());
  });

  await page.goto(`/articles/${SEED_ID}`);
  await page.waitForLoadState('networkidle');
  // Hydrated: a client navigation keeps this window (a full load would lose the marker).
  await page.evaluate(() => Object.assign(window, { sahifaMarker: true }));
  await page.getByRole('navigation', { name: 'مسار التنقل' }).getByRole('link', { name: sectionTitle('world') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionTitle('world'));
  expect(await page.evaluate(() => 'sahifaMarker' in window)).toBe(true);

  expect(problems).toEqual([]);
  // What the page was rendered with is not fetched again (the section's cards may prefetch their own articles).
  expect(feedRequests.filter((url) => url.endsWith('/feed/site.json') || url.endsWith(`/feed/items/${SEED_ID}.json`))).toEqual([]);
});

test('a page that was not pre-rendered renders through the fallback', async ({ page }) => {
  const fresh = { ...seed, id: 'published-after-the-build', url: '/articles/published-after-the-build', title: 'خبر نُشر بعد بناء الموقع' };
  await page.route('**/feed/items/published-after-the-build.json', (route) => route.fulfill({ json: fresh }));
  const response = await page.goto(fresh.url);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fresh.title);
  await expect(page).toHaveTitle(`${fresh.title} — ${site.name}`);
  await expect(page.locator('head title')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: 'آخر الأخبار' })).toHaveCount(0);
});

test('the seed article carries its share preview and structured data in the HTML', async ({ request }) => {
  const html = await (await request.get(`/articles/${SEED_ID}`)).text();
  const meta = (key: string) => [...html.matchAll(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'g'))].map((match) => match[1]);
  const canonical = `http://localhost:4173/articles/${SEED_ID}`;

  expect(html).toContain(`<link rel="canonical" href="${canonical}"/>`);
  expect(meta('description')).toEqual([seed.summary]);
  expect(meta('og:type')).toEqual(['article']);
  expect(meta('og:title')).toEqual([seed.title]);
  expect(meta('og:description')).toEqual([seed.summary]);
  expect(meta('og:image')).toEqual([`http://localhost:4173${seed.image}`]);
  expect(meta('og:image:width')).toEqual(['1200']);
  expect(meta('og:image:height')).toEqual(['675']);
  expect(meta('og:image:alt')).toEqual([seed._sahifa!.image!.alt]);
  expect(meta('og:locale')).toEqual(['ar_DZ']);
  expect(meta('article:published_time')).toEqual([new Date(seed.date_published).toISOString()]);
  expect(meta('article:section')).toEqual(['دولي']);
  expect(meta('article:author')).toEqual(['elmaouid']);
  expect(meta('twitter:card')).toEqual(['summary_large_image']);
  expect(html).toMatch(/<link rel="alternate" type="application\/feed\+json"[^>]*href="\/feed\/latest.json"/);

  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!));
  const article = blocks.find((block) => block['@type'] === 'NewsArticle');
  expect(article).toMatchObject({
    headline: seed.title,
    datePublished: new Date(seed.date_published).toISOString(),
    dateModified: new Date(seed.date_published).toISOString(),
    author: [{ '@type': 'Person', name: 'elmaouid' }],
    image: [{ url: `http://localhost:4173${seed.image}`, width: 1200, height: 675 }],
    inLanguage: 'ar',
    mainEntityOfPage: { '@id': canonical },
    publisher: { '@type': 'NewsMediaOrganization', name: site.name, logo: { url: expect.stringMatching(/^http:\/\/localhost:4173\/feed\/media\//) } },
  });
  const breadcrumbs = blocks.find((block) => block['@type'] === 'BreadcrumbList');
  expect(breadcrumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(['الرئيسية', 'دولي', seed.title]);
});

test('sitemaps and robots.txt come from the feed', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>http://localhost:4173/articles/${SEED_ID}</loc><lastmod>${new Date(seed.date_published).toISOString()}</lastmod>`);
  expect(sitemap).toContain('<loc>http://localhost:4173/sections/world</loc>');
  expect((await (await request.get('/robots.txt')).text())).toContain('Sitemap: http://localhost:4173/sitemap.xml');
  expect(await (await request.get('/news-sitemap.xml')).text()).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
});
