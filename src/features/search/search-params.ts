import type { SearchParams } from '@/features/feed';

/** The URL is the search's state: `/search?q=<words>&section=<slug>`. */
export const SEARCH_PATH = '/search';

export function readSearchParams(search: URLSearchParams): SearchParams {
  return { q: search.get('q') ?? '', section: search.get('section') || undefined };
}

export function searchPath({ q, section }: SearchParams): string {
  const search = new URLSearchParams();
  if (q) search.set('q', q);
  if (section) search.set('section', section);
  const query = search.toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}
