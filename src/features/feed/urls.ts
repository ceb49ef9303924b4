import { FEED_BASE_URL } from './config';

/**
 * The feed's URLs, in one place. Everything is resolved against a document URL with the standard URL
 * algorithm, so a feed may use absolute, root-relative or relative links.
 */
export function feedDocumentUrl(path: string, origin: string = currentOrigin()): string {
  return new URL(path, new URL(FEED_BASE_URL, origin)).href;
}

export const siteConfigUrl = (origin?: string) => feedDocumentUrl('site.json', origin);

export const articleUrl = (id: string, origin?: string) =>
  feedDocumentUrl(`items/${encodeURIComponent(id)}.json`, origin);

/** A draft the newsroom placed for the editor preview; listed nowhere, opened only by its id. */
export const draftUrl = (id: string, origin?: string) =>
  feedDocumentUrl(`drafts/${encodeURIComponent(id)}.json`, origin);

/** The in-app path of an article: the permalink the sample feed's `url` fields carry. */
export const articlePath = (id: string) => `/articles/${encodeURIComponent(id)}`;
export const sectionPath = (slug: string) => `/sections/${encodeURIComponent(slug)}`;

/** The article id in an in-app path, the inverse of articlePath; undefined for any other page. */
export function articleIdFromPath(pathname: string): string | undefined {
  const segment = /^\/articles\/([^/]+)\/?$/.exec(pathname)?.[1];
  if (!segment) return undefined;
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Resolves a URL found in a feed document. Results on the app's own origin become root-relative
 * paths, so the model holds the same value in the browser and in the build-time renderer.
 * Anything but http(s) is refused.
 */
export function resolveFeedUrl(raw: string | undefined, documentUrl: string, appOrigin: string): string | undefined {
  if (!raw) return undefined;
  try {
    const resolved = new URL(raw, documentUrl);
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return undefined;
    return resolved.origin === appOrigin
      ? `${resolved.pathname}${resolved.search}${resolved.hash}`
      : resolved.href;
  } catch {
    return undefined;
  }
}

export function currentOrigin(): string {
  // Outside the browser (tests, build-time rendering) there is no location; callers pass an origin.
  return typeof location === 'undefined' ? 'http://localhost' : location.origin;
}
