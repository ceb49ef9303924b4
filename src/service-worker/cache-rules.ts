import { articleIdFromPath, articleUrl, feedDocumentUrl, siteConfigUrl } from '../features/feed/urls';
import { APP_SHELL_FILE } from './app-shell';

/**
 * What the service worker keeps, decided by plain functions of URLs so they are tested without a
 * worker (sw.ts wires them to Workbox). See docs/decisions/007-offline.md.
 */

const PAGES_CACHE_PREFIX = 'sahifa-pages-';
export const FEED_CACHE = 'sahifa-feed';
export const IMAGES_CACHE = 'sahifa-images';
export const FONTS_CACHE = 'sahifa-fonts';

interface PrecacheEntry {
  url: string;
  revision?: string | null;
}

/**
 * Pages are cached per version of the app: a page's HTML names the scripts of the version that
 * served it, and those leave the precache when a newer version takes over. The shell's revision
 * changes whenever any script, style or font name in it does, so it names the version.
 */
export function pagesCacheName(precache: readonly (PrecacheEntry | string)[]): string {
  const shell = precache.find((entry): entry is PrecacheEntry => typeof entry !== 'string' && entry.url === APP_SHELL_FILE);
  if (!shell?.revision) throw new Error(`the precache has no revisioned ${APP_SHELL_FILE}`);
  return `${PAGES_CACHE_PREFIX}${shell.revision}`;
}

/** Pages cached by an earlier version: their scripts are gone, so they would load broken. */
export const isOutdatedPagesCache = (cacheName: string, current: string): boolean =>
  cacheName.startsWith(PAGES_CACHE_PREFIX) && cacheName !== current;

/**
 * The feed's JSON documents: lists, articles, the site config, the search index. Not the editors'
 * drafts: the preview must show what the CMS holds now, never a kept copy.
 */
export function isFeedDocument(url: URL, origin: string): boolean {
  const base = feedDocumentUrl('', origin);
  return url.href.startsWith(base) && url.pathname.endsWith('.json') && !url.href.startsWith(feedDocumentUrl('drafts/', origin));
}

/** Images the feed points at (lead images, logos) on the feed's own host. */
export const isFeedImage = (url: URL, destination: RequestDestination, origin: string): boolean =>
  destination === 'image' && url.href.startsWith(feedDocumentUrl('', origin));

/**
 * A pre-rendered page carries its data inside its HTML, so reading it fetches no feed document.
 * These are the documents the app needs to show the same page again from the shell, or after a
 * link inside the app: the site config, and an article's own document.
 */
export function documentsBehindPage(page: URL): string[] {
  const articleId = articleIdFromPath(page.pathname);
  return [siteConfigUrl(page.origin), ...(articleId ? [articleUrl(articleId, page.origin)] : [])];
}
