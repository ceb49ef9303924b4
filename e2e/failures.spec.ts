/**
 * Every bad input gets a clear answer. Each way a feed document can fail — for the site config, the
 * list feeds (latest, a section, a section's next page) and single items alike — is forced with
 * route interception, and each test checks what the reader sees (an Arabic message in a
 * role="alert" that says what happened and what to do), how often the app asked (never again for
 * a 4xx or a bad document, 1 + 2 retries with backoff for transient trouble) and the way back: once
 * the cause is gone, «أعد المحاولة» brings the content.
 *
 * Retry backoff and the 15 s request timeout run on the page's clock (page.clock), so the tests
 * jump through them instead of waiting; one test watches the real backoff on the wall clock.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page, type Route } from '@playwright/test';
import { SEED_ID, readJson, sectionFirstPage, sectionTitle, seed } from './sample-feed';

/** The UI strings, read like the app reads them. */
const ar = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'src', 'app', 'locales', 'ar.json'), 'utf8')) as typeof import('../src/app/locales/ar.json');
const RETRY = ar.errors.retry;
/** src/features/feed/config.ts */
const FEED_TIMEOUT_MS = 15_000;
const httpMessage = (status: number) => ar.errors.http.replace('{{status}}', String(status));

interface FeedJson {
  items: { id: string; title: string }[];
  next_url?: string;
}

const latestFirst = readJson<FeedJson>('latest.json').items[0]!;
const worldFirst = sectionFirstPage('world').items[0]!;
const nationalFirstPage = sectionFirstPage('national');
const nationalSecond = readJson<FeedJson>(nationalFirstPage.next_url!.replace(/^\/feed\//, ''));

const test = base.extend<{ page: Page }, { redirectLoop: string }>({
  /**
   * The production build pre-renders pages with their data embedded. These tests are about the
   * requests the app makes, so every page starts as the app's shell with an empty cache (as a page
   * published after the build does): the embedded page and data are taken out of the HTML.
   */
  page: async ({ page }, use) => {
    await page.route(
      (url) => !/^\/(feed|assets)\//.test(url.pathname) && !/\.\w+$/.test(url.pathname),
      async (route) => {
        if (route.request().resourceType() !== 'document') return route.fallback();
        const response = await route.fetch();
        const html = (await response.text())
          .replace(/<!--sahifa-head-->[\s\S]*?<!--\/sahifa-head-->/, '<title>صحيفة</title>')
          .replace(/<div id="root">[\s\S]*?<\/div><script type="application\/json" id="sahifa-state">[\s\S]*?<\/script>/, '<div id="root"></div>');
        await route.fulfill({ response, body: html });
      },
    );
    await use(page);
  },

  /**
   * A server that answers every request with a redirect to itself, until the browser gives up
   * (Chromium: after 20 hops). Playwright does not route the requests a redirect leads to, so a
   * fulfilled 302 to itself is followed once to the real file: the fulfilled 302 points here instead.
   */
  redirectLoop: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = createServer((request, response) => {
        response.writeHead(302, { location: request.url ?? '/', 'access-control-allow-origin': '*' }).end();
      });
      await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      await new Promise((closed) => server.close(closed));
    },
    { scope: 'worker' },
  ],
});

/**
 * Waits for `locator` while moving the page clock on, past the next retry delay (at most 2.5 s)
 * at each step, so the test does not sit through the backoff. Needs page.clock.install() before
 * the page loads.
 */
async function skipTimeUntilVisible(page: Page, locator: Locator) {
  await expect(async () => {
    await page.clock.fastForward(3_000);
    await expect(locator).toBeVisible({ timeout: 250 });
  }).toPass({ intervals: [0], timeout: 20_000 });
}

type Answer = (route: Route) => Promise<void> | void;

/**
 * A feed document that fails as `answer` says, counting the requests that reach it. `failWith`
 * swaps in another failure (and restarts the count); `fix()` takes the cause away.
 */
async function breakDocument(page: Page, url: string, answer: Answer) {
  const state: { answer: Answer | undefined; requests: number } = { answer, requests: 0 };
  await page.route(url, async (route) => {
    if (!state.answer) return route.fallback();
    state.requests++;
    await state.answer(route);
  });
  return {
    get requests() {
      return state.requests;
    },
    failWith(next: Answer) {
      state.answer = next;
      state.requests = 0;
    },
    fix() {
      state.answer = undefined;
    },
  };
}

const offlineNotice = (page: Page) => page.getByRole('status').filter({ hasText: ar.site.offline });
const mainNav = (page: Page) => page.getByRole('banner').getByRole('navigation', { name: ar.site.mainNavigation });

// ————————————————————————————————————————————————————————————————————————————
// Every failure, for every kind of document

interface Failure {
  name: string;
  answer: (route: Route, redirectLoop: string) => Promise<void> | void;
  message: string;
  /** 1: asking again cannot help. 3: transient trouble, 1 + 2 retries (src/app/query-client.ts). */
  requests: 1 | 3;
  /** The request never answers: the app gives up after FEED_TIMEOUT_MS. */
  hangs?: true;
}

/** In an order where each message differs from the one before. */
const FAILURES: Failure[] = [
  {
    name: 'HTTP 404',
    answer: (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
    message: ar.errors.missing,
    requests: 1,
  },
  {
    name: 'HTTP 403',
    answer: (route) => route.fulfill({ status: 403, contentType: 'text/plain', body: 'Forbidden' }),
    message: httpMessage(403),
    requests: 1,
  },
  {
    name: 'HTTP 500',
    answer: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
    message: httpMessage(500),
    requests: 3,
  },
  {
    name: 'malformed JSON',
    answer: async (route) => {
      const text = await (await route.fetch()).text();
      await route.fulfill({ status: 200, contentType: 'application/json', body: text.slice(0, text.length / 2) });
    },
    message: ar.errors.parse,
    requests: 1,
  },
  {
    name: 'HTTP 503',
    answer: (route) => route.fulfill({ status: 503, headers: { 'retry-after': '120' }, contentType: 'text/plain', body: 'Service Unavailable' }),
    message: httpMessage(503),
    requests: 3,
  },
  {
    name: 'JSON of the wrong shape',
    // RSS written as JSON: valid JSON, but neither a JSON Feed, nor an item, nor a site config.
    answer: (route) => route.fulfill({ json: { rss: { version: '2.0', channel: { title: 'صحيفة', item: [{ title: 'خبر' }] } } } }),
    message: ar.errors.shape,
    requests: 1,
  },
  {
    name: 'a response that never finishes',
    answer: () => undefined, // the request stays pending until the app gives up on it
    message: ar.errors.timeout,
    requests: 3,
    hangs: true,
  },
  {
    name: 'a wrong content type',
    answer: async (route) => {
      const body = await (await route.fetch()).text();
      await route.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body });
    },
    message: ar.errors['content-type'],
    requests: 1,
  },
  {
    name: 'a redirect loop',
    answer: (route, redirectLoop) => route.fulfill({ status: 302, headers: { location: `${redirectLoop}${new URL(route.request().url()).pathname}` } }),
    message: ar.errors.network,
    requests: 3,
  },
];

interface Target {
  name: string;
  /** The document that fails. */
  url: string;
  /** Takes the reader to where the document is needed. */
  open: (page: Page) => Promise<void>;
  /** What the reader sees once the document arrives. */
  content: (page: Page) => Locator;
  /** 'app': nothing renders without it. 'page': the view fails, the header stays. 'more': what is on screen stays, the next page fails. */
  scope: 'app' | 'page' | 'more';
}

const TARGETS: Target[] = [
  {
    name: 'the site config',
    url: '**/feed/site.json',
    open: async (page) => void (await page.goto('/')),
    content: (page) => page.getByRole('heading', { level: 1, name: ar.home.title }),
    scope: 'app',
  },
  {
    name: 'the latest feed on the home page',
    url: '**/feed/latest.json',
    open: async (page) => void (await page.goto('/')),
    content: (page) => page.getByRole('main').getByRole('heading', { name: latestFirst.title }),
    scope: 'page',
  },
  {
    name: 'a section feed',
    url: '**/feed/sections/world.json',
    open: async (page) => void (await page.goto('/sections/world')),
    content: (page) => page.getByRole('main').getByRole('heading', { level: 2, name: worldFirst.title }),
    scope: 'page',
  },
  {
    name: "a section's next page",
    url: `**${nationalFirstPage.next_url!}`,
    open: async (page) => {
      await page.goto('/sections/national');
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(nationalFirstPage.items.length);
      // Scrolling to the end asks for the next page (the button does the same).
      await page.getByRole('button', { name: ar.section.loadMore }).scrollIntoViewIfNeeded();
    },
    content: (page) => page.getByRole('main').getByRole('heading', { level: 2, name: nationalSecond.items[0]!.title }),
    scope: 'more',
  },
  {
    name: 'a single item',
    url: `**/feed/items/${SEED_ID}.json`,
    open: async (page) => void (await page.goto(seed.url)),
    content: (page) => page.getByRole('heading', { level: 1, name: seed.title }),
    scope: 'page',
  },
];

for (const target of TARGETS) {
  test(`${target.name}: every failure is said in Arabic, retried only when it can help, and recovers`, async ({ page, redirectLoop }) => {
    test.setTimeout(60_000); // nine failures in a row
    await page.clock.install();
    const [first, ...rest] = target.url.includes('/items/')
      ? // An item that is not there is an article that does not exist: the not-found page, below.
        FAILURES.filter((failure) => failure.name !== 'HTTP 404')
      : FAILURES;
    const failing = await breakDocument(page, target.url, (route) => first!.answer(route, redirectLoop));
    const alert = page.getByRole('main').getByRole('alert');
    const retry = alert.getByRole('button', { name: RETRY });

    const expectFailure = async (failure: Failure) => {
      if (failure.hangs) {
        // Each request straight to its timeout, but only once it is known to be pending: a jump
        // made while it is still on its way would time it out before it is counted. The backoff
        // before the next one passes in small steps.
        for (let request = 1; request <= failure.requests; request++) {
          const arrived = async () => {
            await page.clock.fastForward(500);
            return failing.requests;
          };
          await expect.poll(arrived, { intervals: [50], timeout: 15_000 }).toBeGreaterThanOrEqual(request);
          await page.clock.fastForward(FEED_TIMEOUT_MS);
        }
      }
      await skipTimeUntilVisible(page, alert.filter({ hasText: failure.message }));
      await expect(retry).toBeEnabled();
      // Well past any retry still to come: the count is final.
      await page.clock.fastForward(60_000);
      await page.waitForTimeout(150);
      expect(failing.requests, `requests for ${failure.name}`).toBe(failure.requests);
    };

    await test.step(`${first!.name}, on the first load`, async () => {
      await target.open(page);
      await expectFailure(first!);
      if (target.scope === 'app') {
        // No config, no navigation to offer: a page that says what happened, and the retry.
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.errors.title);
        await expect(page.getByRole('banner')).toHaveCount(0);
      } else {
        if (target.scope === 'page') await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.errors.title);
        // A next page that fails costs the reader nothing already on screen.
        else await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(nationalFirstPage.items.length);
      }
    });

    if (target.scope !== 'app') {
      await test.step('the header keeps working, and the failure is still there on the way back', async () => {
        await mainNav(page).getByRole('link', { name: sectionTitle('economy') }).click();
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionTitle('economy'));
        await expect(page.getByRole('alert')).toHaveCount(0);
        await page.goBack();
        await skipTimeUntilVisible(page, alert.filter({ hasText: first!.message }));
      });
    }

    for (const failure of rest) {
      await test.step(`${failure.name}, on retry`, async () => {
        failing.failWith((route) => failure.answer(route, redirectLoop));
        await retry.click();
        await expectFailure(failure);
      });
    }

    await test.step('the cause is gone: retry brings the content', async () => {
      failing.fix();
      await retry.click();
      await expect(target.content(page)).toBeVisible();
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(mainNav(page)).toBeVisible();
    });
  });
}

test('an article that does not exist is the not-found page, asked for once', async ({ page }) => {
  const failing = await breakDocument(page, '**/feed/items/no-such-article.json', (route) =>
    route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }),
  );
  await page.goto('/articles/no-such-article');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.notFound.title);
  await expect(page.getByText(ar.notFound.articleBody)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(failing.requests).toBe(1);

  await mainNav(page).getByRole('link', { name: sectionTitle('culture') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionTitle('culture'));
});

test('transient failures are retried twice, each pause longer than the last', async ({ page }) => {
  // The wall clock, not the page clock: the real backoff (about 1 s, then 2 s, jittered ±25 %).
  const times: number[] = [];
  await page.route('**/feed/site.json', (route) => {
    times.push(Date.now());
    return route.fulfill({ status: 500, body: 'Internal Server Error' });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText(httpMessage(500));
  expect(times).toHaveLength(3);
  const [first, second] = [times[1]! - times[0]!, times[2]! - times[1]!];
  expect(first).toBeGreaterThan(650);
  expect(second).toBeGreaterThan(first);
});

// ————————————————————————————————————————————————————————————————————————————
// Feeds that are valid but not what the reader hoped for

test('an empty feed: the home page says nothing is published yet', async ({ page }) => {
  await page.route(/\/feed\/(latest|sections\/[\w-]+)\.json$/, async (route) => {
    const feed = (await (await route.fetch()).json()) as FeedJson;
    await route.fulfill({ json: { ...feed, items: [], next_url: undefined } });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.home.title);
  await expect(page.getByText(ar.home.empty)).toBeVisible();
  await expect(page.getByText(ar.home.emptyHint)).toBeVisible();
  // Empty sections add nothing to the page (they stay in the navigation).
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);

  await mainNav(page).getByRole('link', { name: sectionTitle('sports') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionTitle('sports'));
  await expect(page.getByText(ar.section.empty)).toBeVisible();
  await expect(page.getByText(ar.section.emptyHint)).toBeVisible();
  await expect(page.getByRole('button', { name: ar.section.loadMore })).toHaveCount(0);
});

test('a feed with invalid items: the valid ones show, the console names the skipped ones', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  const feed = structuredClone(sectionFirstPage('world')) as unknown as { items: Record<string, unknown>[] };
  const [first, noContent, , , noId, , duplicate] = feed.items;
  delete noContent!.content_html;
  delete noId!.id;
  duplicate!.id = first!.id;
  const skipped = [noContent, noId, duplicate];
  await page.route('**/feed/sections/world.json', (route) => route.fulfill({ json: { ...feed, next_url: undefined } }));

  await page.goto('/sections/world');
  const headings = page.getByRole('main').getByRole('heading', { level: 2 });
  const valid = feed.items.filter((item) => !skipped.includes(item));
  await expect(headings).toHaveText(valid.map((item) => item.title as string));
  await expect(page.getByRole('status').filter({ hasText: 'معروض' })).toHaveText(ar.section.shown_few.replace('{{count}}', String(valid.length)));
  await expect(page.getByRole('alert')).toHaveCount(0);

  await expect.poll(() => warnings.join('\n')).toContain('skipped 3 invalid item(s)');
  const warning = warnings.find((text) => text.includes('skipped'))!;
  expect(warning).toContain('/feed/sections/world.json');
  expect(warning).toContain(`items[1] (id ${noContent!.id as string}): content_html`);
  expect(warning).toContain('items[4]: id');
  expect(warning).toContain(`items[6] (id ${first!.id as string}): duplicate id`);
});

// ————————————————————————————————————————————————————————————————————————————

test('a section block that fails on the home page stays inside its block', async ({ page }) => {
  await page.clock.install();
  const failing = await breakDocument(page, '**/feed/sections/economy.json', (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
  await page.goto('/');
  const block = page.getByRole('region', { name: sectionTitle('economy'), exact: true });
  const alert = block.getByRole('alert');
  await skipTimeUntilVisible(page, alert);
  await expect(alert).toContainText(httpMessage(500));
  expect(failing.requests).toBe(3);

  // The rest of the home page is all there.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.home.title);
  await expect(page.getByRole('main').getByRole('heading', { name: latestFirst.title })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(1);
  for (const slug of ['national', 'world', 'sports']) {
    await expect(page.getByRole('region', { name: sectionTitle(slug), exact: true }).getByRole('heading', { level: 3 }).first()).toBeVisible();
  }

  failing.fix();
  await alert.getByRole('button', { name: RETRY }).click();
  await expect(block.getByRole('heading', { level: 3 }).first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a render error inside a view is a recoverable error page, with the header still there', async ({ page }) => {
  // The article byline formats its author list with Intl.ListFormat: make that throw, on demand.
  await page.addInitScript(() => {
    const formatToParts = Intl.ListFormat.prototype.formatToParts;
    Object.assign(window, { sahifaBreakByline: true });
    Intl.ListFormat.prototype.formatToParts = function (this: Intl.ListFormat, list: Iterable<string>) {
      if ((window as unknown as { sahifaBreakByline: boolean }).sahifaBreakByline) throw new Error('test: the byline cannot be formatted');
      return formatToParts.call(this, list);
    };
  });
  await page.goto(seed.url);
  const alert = page.getByRole('main').getByRole('alert');
  await expect(alert).toContainText(ar.errors.unexpected);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ar.errors.title);
  await expect(mainNav(page).getByRole('link', { name: sectionTitle('world') })).toBeVisible();

  await page.evaluate(() => Object.assign(window, { sahifaBreakByline: false }));
  await alert.getByRole('button', { name: RETRY }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page.getByRole('article').first().getByText('بقلم elmaouid')).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

// ————————————————————————————————————————————————————————————————————————————

test.describe('offline', () => {
  const from = readJson<{ id: string; title: string; url: string }>('items/2026-11-28-local-elections-turnout.json');
  const linked = readJson<{ id: string; title: string }>('items/2026-11-27-weather-alert-heavy-rain.json');

  test('visited pages stay readable, a new one says why it cannot open, and opens once back online', async ({ page, context }) => {
    // The article links to another one. The national list would hand that one over from the cache:
    // leave it out, so opening it takes the network.
    await page.route('**/feed/sections/national.json', async (route) => {
      const response = await route.fetch();
      const feed = (await response.json()) as FeedJson;
      await route.fulfill({ response, json: { ...feed, items: feed.items.filter((item) => item.id !== linked.id) } });
    });
    await page.goto(from.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(from.title);
    await mainNav(page).getByRole('link', { name: sectionTitle('world') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionTitle('world'));

    await context.setOffline(true);
    await expect(offlineNotice(page)).toHaveText(ar.site.offline);

    // Back to a page already read: it comes from the cache.
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(from.title);
    await expect(page.getByRole('alert')).toHaveCount(0);

    // An article not read yet: no copy, and the reader is told so.
    await page.getByRole('article').first().getByRole('link', { name: 'الأمطار الغزيرة التي تهاطلت على عدة ولايات ساحلية' }).click();
    const alert = page.getByRole('main').getByRole('alert');
    await expect(alert).toContainText(ar.errors.offline);
    await expect(alert.getByRole('button', { name: RETRY })).toBeVisible();

    // The header still works offline, on cached pages.
    await mainNav(page).getByRole('link', { name: sectionTitle('world') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionTitle('world'));
    await page.goBack();
    await expect(alert).toContainText(ar.errors.offline);

    await context.setOffline(false);
    await expect(offlineNotice(page)).toHaveCount(0);
    await alert.getByRole('button', { name: RETRY }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(linked.title);
  });

  test('a block that failed while the connection was down fills in on its own when it returns', async ({ page, context }) => {
    await page.clock.install();
    const failing = await breakDocument(page, '**/feed/sections/economy.json', (route) => route.abort('internetdisconnected'));
    await page.goto('/');
    const block = page.getByRole('region', { name: sectionTitle('economy'), exact: true });
    await skipTimeUntilVisible(page, block.getByRole('alert'));
    await expect(block.getByRole('alert')).toContainText(ar.errors.network);

    await context.setOffline(true);
    await expect(offlineNotice(page)).toBeVisible();
    failing.fix();
    await context.setOffline(false);
    await expect(offlineNotice(page)).toHaveCount(0);
    // React Query refetches on reconnect: no click needed.
    await expect(block.getByRole('heading', { level: 3 }).first()).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
