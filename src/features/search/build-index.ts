import { QueryClient } from '@tanstack/react-query';
import { latestArticlesQueryOptions, siteQueryOptions, type Article, type SearchIndexData, type SearchIndexDocument } from '@/features/feed';
import { htmlToText } from '@/lib/sanitize-html';
import { tokenize } from './normalise-arabic';
import { encodePostings, FieldWeight, posting } from './postings';

/**
 * Builds the search index at build time (scripts/search-index.ts) from the feed, read through the
 * feed module exactly as the app reads it: the same validation, sanitising and title fallback.
 * Not part of the browser bundle.
 */

// Outside the browser the HTML sanitiser needs a DOM window; the script hands in jsdom's.
export { provideHtmlWindow } from '@/lib/sanitize-html';

/**
 * Snippets come from the summary (or the start of the body) stored in the index, cut to this
 * length: the full text of 10,000 articles would not fit the download budget, while the words of
 * the whole body are indexed. A match deeper in the body shows the summary without marks.
 */
export const STORED_TEXT_LENGTH = 280;

/** Every article in the all-sections feed (all pages), indexed. */
export async function buildSearchIndexFromFeed(): Promise<SearchIndexData> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const site = await queryClient.fetchQuery(siteQueryOptions());
  const latest = await queryClient.fetchInfiniteQuery({ ...latestArticlesQueryOptions(site), pages: Number.MAX_SAFE_INTEGER });
  const articles = [...new Map(latest.pages.flatMap((page) => page.items).map((item) => [item.id, item])).values()];
  return buildSearchIndex(articles, site.sections.map((section) => section.slug));
}

export function buildSearchIndex(articles: readonly Article[], sections: readonly string[]): SearchIndexData {
  // ISO dates in UTC sort as strings; undated articles go last.
  const newestFirst = [...articles].sort((a, b) => {
    const [left, right] = [a.datePublished ?? '', b.datePublished ?? ''];
    return left < right ? 1 : left > right ? -1 : 0;
  });
  const postings = new Map<string, number[]>();
  const docs = newestFirst.map((article, document): SearchIndexDocument => {
    const body = htmlToText(article.contentHtml);
    const best = new Map<string, number>();
    const add = (text: string, weight: number) => {
      for (const word of tokenize(text)) if ((best.get(word) ?? 0) < weight) best.set(word, weight);
    };
    add(body, FieldWeight.body);
    add([article.summary ?? '', ...article.tags, ...article.authors.map((author) => author.name)].join(' '), FieldWeight.lead);
    // A headline made up from the text is not the editor's: it weighs no more than the text.
    if (article.hasTitle) add(article.title, FieldWeight.title);
    for (const [word, weight] of best) {
      const list = postings.get(word);
      if (list) list.push(posting(document, weight));
      else postings.set(word, [posting(document, weight)]);
    }
    return [
      article.id,
      article.title,
      storedText(article.summary ?? body),
      sections.indexOf(article.sectionSlug ?? ''),
      article.datePublished ? Math.floor(Date.parse(article.datePublished) / 60_000) : -1,
      article.language ?? '',
    ];
  });
  const terms = [...postings.keys()].sort();
  return {
    version: 1,
    sections: [...sections],
    docs,
    terms,
    postings: terms.map((term) => encodePostings(postings.get(term)!)),
  };
}

function storedText(text: string): string {
  if (text.length <= STORED_TEXT_LENGTH) return text;
  const cut = text.slice(0, STORED_TEXT_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : STORED_TEXT_LENGTH).trim()}…`;
}
