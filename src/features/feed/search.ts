import * as z from 'zod/mini';
import { FeedError } from './feed-error';
import { normaliseDate, type DocumentContext } from './normalise';
import { describeIssues, nonEmptyText } from './schema';
import { articlePath } from './urls';

/**
 * Search data at the edge, like the feed: the pre-built index next to the feed
 * (`search-index.json`, written by scripts/search-index.ts) or, when a newsroom sets
 * VITE_SEARCH_URL, pages of results from its own search endpoint. Both shapes are documented in
 * docs/feed-format.md; both become the same model, SearchPage. Loaded only when a reader searches,
 * with the first search request (see queries.ts).
 */

export interface SearchParams {
  /** As typed: the search feature normalises it. */
  q: string;
  /** A section slug, or undefined for every section. */
  section?: string;
}

export interface SearchHit {
  id: string;
  /** In-app path of the article. */
  path: string;
  title: string;
  /** Plain text around the matched words; the search view marks them. */
  snippet: string;
  sectionSlug?: string;
  datePublished?: string;
  language?: string;
}

export interface SearchPage {
  /** Matches in the selected section (all sections when none is selected). */
  total: number;
  hits: SearchHit[];
  /** Matches per section slug for the same words, whatever section is selected; when known. */
  sectionCounts?: Record<string, number>;
  nextPage?: number;
}

/**
 * One index document: [id, title, text, section, published, language]. `section` indexes
 * `sections` (-1: none), `published` is minutes since 1970 (-1: undated), `text` is the summary or
 * the start of the body, the source of snippets. Tuples keep 10,000 articles small.
 */
const indexDocument = z.tuple([z.string(), z.string(), z.string(), z.int(), z.int(), z.string()]);

export const searchIndexSchema = z
  .object({
    version: z.literal(1),
    sections: z.array(z.string()),
    /** Newest first: a document's position is its recency rank. */
    docs: z.array(indexDocument),
    /** Normalised words, sorted by UTF-16 code unit, for binary search and prefix ranges. */
    terms: z.array(z.string()),
    /** One string per term: its documents, varint-encoded (see src/features/search/postings.ts). */
    postings: z.array(z.string()),
  })
  .check(z.refine((index) => index.terms.length === index.postings.length, { message: 'terms and postings differ in length', path: ['postings'] }));
export type SearchIndexData = z.output<typeof searchIndexSchema>;
export type SearchIndexDocument = z.output<typeof indexDocument>;

export function parseSearchIndex(json: unknown, context: DocumentContext): SearchIndexData {
  const result = searchIndexSchema.safeParse(json);
  if (!result.success) throw new FeedError('shape', context.documentUrl, describeIssues(result.error));
  return result.data;
}

const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value?.trim() || undefined),
);

const remoteResultSchema = z.object({
  id: z.pipe(z.union([nonEmptyText, z.number()]), z.transform(String)),
  title: nonEmptyText,
  snippet: optionalText,
  section: optionalText,
  date_published: optionalText,
  language: optionalText,
});

const remoteResponseSchema = z.object({
  total: z.int().check(z.nonnegative()),
  /** Each result is checked on its own: one bad result never costs the reader the page. */
  results: z.array(z.unknown()),
  next_page: z.nullish(z.int().check(z.positive())),
  sections: z.nullish(z.record(z.string(), z.int().check(z.nonnegative()))),
});

export function parseRemoteSearchPage(json: unknown, context: DocumentContext): SearchPage {
  const result = remoteResponseSchema.safeParse(json);
  if (!result.success) throw new FeedError('shape', context.documentUrl, describeIssues(result.error));
  const response = result.data;
  const hits = response.results.flatMap((raw): SearchHit[] => {
    const parsed = remoteResultSchema.safeParse(raw);
    if (!parsed.success) return [];
    const hit = parsed.data;
    return [
      {
        id: hit.id,
        path: articlePath(hit.id),
        title: hit.title,
        snippet: hit.snippet ?? '',
        sectionSlug: hit.section,
        datePublished: normaliseDate(hit.date_published),
        language: hit.language,
      },
    ];
  });
  return {
    total: response.total,
    hits,
    sectionCounts: response.sections ?? undefined,
    nextPage: response.next_page ?? undefined,
  };
}
