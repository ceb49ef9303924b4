/**
 * Build-time rendering: the same routes, loaders and components readers get, run through React
 * Router's static handler and React's string renderer, with the React Query cache dehydrated into
 * the page so the browser hydrates without fetching it again. Used by scripts/prerender.ts.
 */
import {
  QueryCache,
  QueryClient,
  dehydrate,
  hashKey,
  type EnsureInfiniteQueryDataOptions,
  type EnsureQueryDataOptions,
  type QueryKey,
} from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { createI18n } from './app/i18n';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import type { PageState } from './app/page-state';
import { articlePath, latestQueryOptions, sectionPath, siteQueryOptions } from './features/feed';

export { provideHtmlWindow } from './lib/sanitize-html';
export { PUBLIC_SITE_URL } from './lib/public-url';

export interface RenderedPage {
  status: number;
  /** The markup for inside <div id="root">. */
  html: string;
  /** <title>, <meta> and <link> tags the page rendered, which React emits first, for <head>. */
  head: string;
  /** Serialised PageState for the <script type="application/json"> the client hydrates from. */
  state: string;
}

export interface PageEntry {
  path: string;
  lastModified?: string;
  /** Articles carry what the news sitemap needs. */
  article?: { title: string; language?: string; published?: string };
}

/** Every page worth pre-rendering: home, each section's first page, every article in the feed. */
export async function listPages(): Promise<{ siteName: string; language: string; pages: PageEntry[] }> {
  const queryClient = createQueryClient();
  const site = await queryClient.fetchQuery(siteQueryOptions());
  const latest = await queryClient.fetchInfiniteQuery({ ...latestQueryOptions(site), pages: Number.MAX_SAFE_INTEGER });
  const articles = [...new Map(latest.pages.flatMap((page) => page.items).map((item) => [item.id, item])).values()];
  const newest = (slug?: string) => articles.find((item) => !slug || item.sectionSlug === slug)?.datePublished;
  return {
    siteName: site.name,
    language: site.language,
    pages: [
      { path: '/', lastModified: newest() },
      ...site.sections.map((section) => ({ path: sectionPath(section.slug), lastModified: newest(section.slug) })),
      ...articles.map((item) => ({
        path: articlePath(item.id),
        lastModified: item.dateModified ?? item.datePublished,
        article: { title: item.title, language: item.language, published: item.datePublished },
      })),
    ],
  };
}

/**
 * Pages share one query cache, so a document is fetched, validated and sanitised once per build,
 * not once per page. Each page records the queries its loaders asked for and embeds only those.
 */
const sharedCache = new QueryCache();

export async function renderPage(path: string): Promise<RenderedPage> {
  const queryClient = createQueryClient(sharedCache);
  const used = recordQueries(queryClient);
  const i18n = createI18n();
  const handler = createStaticHandler(createRoutes(queryClient, i18n));
  const context = await handler.query(new Request(new URL(path, 'http://localhost')));
  if (context instanceof Response) throw new Error(`${path}: the route answered with a redirect (${context.status})`);

  const router = createStaticRouter(handler.dataRoutes, context);
  const markup = renderToString(
    <StrictMode>
      <AppProviders queryClient={queryClient} i18n={i18n}>
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </AppProviders>
    </StrictMode>,
  );
  const state: PageState = {
    path,
    queries: dehydrate(queryClient, { shouldDehydrateQuery: (query) => used.has(query.queryHash) }),
    // Errors are not serialisable as they are; a page with one re-runs its loaders in the browser.
    loaderData: context.errors ? undefined : context.loaderData,
  };
  const head = HOISTED_TAGS.exec(markup)?.[0] ?? '';
  return { status: context.statusCode, head, html: markup.slice(head.length), state: serialiseState(state) };
}

/** Which queries a page's loaders ensured: what its HTML needs to hydrate. */
function recordQueries(queryClient: QueryClient): Set<string> {
  const used = new Set<string>();
  const record = (queryKey: QueryKey) => used.add(hashKey(queryKey));
  const ensureQueryData = queryClient.ensureQueryData.bind(queryClient);
  const ensureInfiniteQueryData = queryClient.ensureInfiniteQueryData.bind(queryClient);
  queryClient.ensureQueryData = ((options: EnsureQueryDataOptions) => {
    record(options.queryKey);
    return ensureQueryData(options);
  }) as QueryClient['ensureQueryData'];
  queryClient.ensureInfiniteQueryData = ((options: EnsureInfiniteQueryDataOptions) => {
    record(options.queryKey);
    return ensureInfiniteQueryData(options);
  }) as QueryClient['ensureInfiniteQueryData'];
  return used;
}

/** React emits the hoistable tags of a partial document (title, meta, preload links) first. */
const HOISTED_TAGS = /^(?:<link\b[^>]*>|<meta\b[^>]*>|<title>[^<]*<\/title>)+/;

/** JSON that is safe inside <script>: no `</script>`, no `<!--`, no line separators. */
function serialiseState(state: PageState): string {
  return JSON.stringify(state)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
