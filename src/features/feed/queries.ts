import { infiniteQueryOptions, queryOptions, type QueryClient } from '@tanstack/react-query';
import { FEED_GC_TIME_MS, FEED_STALE_TIME_MS } from './config';
import { FeedError } from './feed-error';
import { fetchJsonDocument, type FetchedDocument } from './fetch-json';
import type { Article, FeedPage, Section, SiteConfig } from './model';
import type { DocumentContext } from './normalise';
import { articleUrl, currentOrigin, draftUrl, siteConfigUrl } from './urls';
import type { SearchIndexData, SearchPage, SearchParams } from './search';
import { remoteSearchUrl, searchIndexUrl } from './search-urls';

/** Nested keys: invalidating ['feed'] refreshes everything the feed feeds. */
export const feedKeys = {
  all: ['feed'] as const,
  site: () => [...feedKeys.all, 'site'] as const,
  latest: () => [...feedKeys.all, 'latest'] as const,
  latestArticles: () => [...feedKeys.all, 'latest-articles'] as const,
  section: (slug: string) => [...feedKeys.all, 'section', slug] as const,
  article: (id: string) => [...feedKeys.all, 'article', id] as const,
  draft: (id: string) => [...feedKeys.all, 'draft', id] as const,
  searchIndex: () => [...feedKeys.all, 'search-index'] as const,
  search: (params: SearchParams) => [...feedKeys.all, 'search', params.q, params.section ?? ''] as const,
};

type Parsers = typeof import('./normalise');
type SearchParsers = typeof import('./search');
type Parse<P, T> = (parsers: P, json: unknown, context: DocumentContext) => T;

/**
 * Validation (zod) and sanitising (DOMPurify) are a third of the JavaScript and a pre-rendered page
 * needs neither to hydrate: the parsers load with the first request the page actually makes. They
 * come over the network too: when they cannot (offline), the request failed like any other, and
 * says so with a retryable network error rather than an unexpected one.
 */
async function loadWith<P, T>(importParsers: () => Promise<P>, url: string, signal: AbortSignal | undefined, parse: Parse<P, T>): Promise<T> {
  const origin = currentOrigin();
  const href = new URL(url, origin).href;
  const parsersLoaded = importParsers().catch((error: unknown) => {
    throw new FeedError('network', href, `the parsers did not load: ${error instanceof Error ? error.message : String(error)}`);
  });
  const [document, parsers] = await Promise.all([fetchJsonDocument(href, signal), parsersLoaded]);
  return parse(parsers, document.json, { documentUrl: document.url, appOrigin: origin });
}

const load = <T>(url: string, signal: AbortSignal | undefined, parse: Parse<Parsers, T>) => loadWith(() => import('./normalise'), url, signal, parse);
/** Search documents have their own schemas, loaded the same way. */
const loadSearch = <T>(url: string, signal: AbortSignal | undefined, parse: Parse<SearchParsers, T>) => loadWith(() => import('./search'), url, signal, parse);

export const siteQueryOptions = () =>
  queryOptions({
    queryKey: feedKeys.site(),
    queryFn: ({ signal }) => load<SiteConfig>(siteConfigUrl(), signal, (parsers, ...args) => parsers.parseSiteConfig(...args)),
    // The site config changes with a deploy, not while someone reads.
    staleTime: Infinity,
  });

const feedPagesOptions = <Key extends readonly unknown[], Item>(queryKey: Key, firstPageUrl: string, parse: Parse<Parsers, FeedPage<Item>>) =>
  infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => load(pageParam, signal, parse),
    initialPageParam: firstPageUrl,
    getNextPageParam: (lastPage: FeedPage<Item>) => lastPage.nextUrl,
    staleTime: FEED_STALE_TIME_MS,
  });

const listPage: Parse<Parsers, FeedPage> = (parsers, ...args) => parsers.parseListPage(...args);

export const latestQueryOptions = (site: SiteConfig) => feedPagesOptions(feedKeys.latest(), site.homeFeedUrl, listPage);

export const sectionQueryOptions = (section: Section) => feedPagesOptions(feedKeys.section(section.slug), section.feedUrl, listPage);

/** The all-sections feed with every article whole, bodies included: what the search index is built from. */
export const latestArticlesQueryOptions = (site: SiteConfig) =>
  feedPagesOptions(feedKeys.latestArticles(), site.homeFeedUrl, (parsers, ...args) => parsers.parseFeedPage(...args));

/** One article, from its own item document: lists hold teasers, never bodies. */
export const articleQueryOptions = (id: string) =>
  queryOptions({
    queryKey: feedKeys.article(id),
    queryFn: ({ signal }) => load<Article>(articleUrl(id), signal, (parsers, ...args) => parsers.parseArticle(...args)),
    staleTime: FEED_STALE_TIME_MS,
  });

/**
 * What an article page shows: the item (required) and its section's first page for "related
 * articles" (which may fail without costing the reader the article). The article route's loader
 * waits for it; a card prefetches it, so opening the article needs no request.
 */
export async function ensureArticlePageData(queryClient: QueryClient, id: string): Promise<void> {
  const [site, article] = await Promise.all([queryClient.ensureQueryData(siteQueryOptions()), queryClient.ensureQueryData(articleQueryOptions(id))]);
  const section = site.sections.find((candidate) => candidate.slug === article.sectionSlug);
  if (section) await queryClient.ensureInfiniteQueryData(sectionQueryOptions(section)).catch(() => undefined);
}

/**
 * A draft for the editor preview, as the JSON the newsroom wrote: the preview validates and
 * normalises it exactly as it does pasted text, so both show the same problems. Refetched whenever
 * the editor comes back to the tab, so a fix made in the CMS shows at once.
 */
export const draftQueryOptions = (id: string) =>
  queryOptions({
    queryKey: feedKeys.draft(id),
    queryFn: ({ signal }): Promise<FetchedDocument> => fetchJsonDocument(draftUrl(id), signal),
    staleTime: 0,
    refetchOnWindowFocus: true,
  });

/**
 * The search index, fetched only when a reader searches. Built with the deploy like the site
 * config, so never stale; kept for half an hour after the reader leaves search, and never
 * deep-compared with a refetch (structural sharing would walk megabytes for nothing).
 */
export const searchIndexQueryOptions = () =>
  queryOptions({
    queryKey: feedKeys.searchIndex(),
    queryFn: ({ signal }) => loadSearch<SearchIndexData>(searchIndexUrl(), signal, (parsers, ...args) => parsers.parseSearchIndex(...args)),
    staleTime: Infinity,
    gcTime: FEED_GC_TIME_MS,
    structuralSharing: false,
  });

/** Pages of results from the newsroom's search endpoint (VITE_SEARCH_URL). */
export const remoteSearchQueryOptions = (params: SearchParams) =>
  infiniteQueryOptions({
    queryKey: feedKeys.search(params),
    queryFn: ({ pageParam, signal }) =>
      loadSearch<SearchPage>(remoteSearchUrl(params, pageParam), signal, (parsers, ...args) => parsers.parseRemoteSearchPage(...args)),
    initialPageParam: 1,
    getNextPageParam: (lastPage: SearchPage) => lastPage.nextPage,
    staleTime: FEED_STALE_TIME_MS,
  });
