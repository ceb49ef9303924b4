import { SEARCH_URL } from './config';
import type { SearchParams } from './search';
import { currentOrigin, feedDocumentUrl } from './urls';

/** The index scripts/search-index.ts writes next to the feed. */
export const searchIndexUrl = (origin?: string) => feedDocumentUrl('search-index.json', origin);

/** `${VITE_SEARCH_URL}?q=…&section=…&page=…`; a query string already in the setting is kept. */
export function remoteSearchUrl(params: SearchParams, page: number, origin: string = currentOrigin()): string {
  const url = new URL(SEARCH_URL ?? '', origin);
  url.searchParams.set('q', params.q);
  if (params.section) url.searchParams.set('section', params.section);
  url.searchParams.set('page', String(page));
  return url.href;
}
