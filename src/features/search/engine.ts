import { articlePath, type SearchHit, type SearchIndexData, type SearchPage, type SearchParams } from '@/features/feed';
import { CLITIC_PREFIXES, minimumStem } from './normalise-arabic';
import { decodePostings } from './postings';
import { Match, parseQuery, snippet, type QueryTerm } from './query';

/**
 * A typed prefix such as «ال» or «من» would pull in tens of thousands of words. Beyond this many,
 * only the completions found in the most documents are kept: the results of a half-typed word are
 * a preview, and the whole word is then searched exactly. (Postings length stands for document count.)
 */
const MAX_COMPLETIONS = 256;
/** Results of recent queries, so "more results" and going back do not search again. */
const CACHED_QUERIES = 16;

interface Ranked {
  /** Document numbers, best first. */
  order: number[];
  sectionCounts: Record<string, number>;
  terms: QueryTerm[];
}

/**
 * Searches the pre-built index in memory. Every word of the query must match (title, summary,
 * tags, authors or body); documents are ranked by where their words are (title above lead above
 * body, an exact word above a completion of the word being typed), then by recency: the index
 * holds documents newest first.
 */
export class SearchEngine {
  private readonly index: SearchIndexData;
  private readonly cache = new Map<string, Ranked>();

  constructor(index: SearchIndexData) {
    this.index = index;
  }

  /** `limit` results from `offset`; `nextPage` is the offset of the following ones. */
  page(params: SearchParams, offset: number, limit: number): SearchPage {
    const ranked = this.rank(params);
    const hits = ranked.order.slice(offset, offset + limit).map((document) => this.hit(document, ranked.terms));
    return {
      total: ranked.order.length,
      hits,
      sectionCounts: ranked.sectionCounts,
      nextPage: offset + limit < ranked.order.length ? offset + limit : undefined,
    };
  }

  private rank(params: SearchParams): Ranked {
    const terms = parseQuery(params.q);
    const key = JSON.stringify([terms, params.section ?? '']);
    const cached = this.cache.get(key);
    if (cached) return cached;

    const { docs, sections } = this.index;
    const scores = this.score(terms);
    const wanted = params.section === undefined ? undefined : sections.indexOf(params.section);
    const sectionCounts: Record<string, number> = {};
    // Scores are small integers: one bucket per score, filled in document (recency) order, makes
    // the ranking a single pass instead of a sort.
    const buckets: number[][] = [];
    for (let document = 0; scores && document < scores.length; document++) {
      const score = scores[document]!;
      if (score === 0) continue;
      const section = docs[document]![3];
      const slug = sections[section];
      if (slug !== undefined) sectionCounts[slug] = (sectionCounts[slug] ?? 0) + 1;
      // An unknown section slug matches nothing, not the documents without a section.
      if (wanted === undefined || (wanted >= 0 && section === wanted)) (buckets[score] ??= []).push(document);
    }
    const order = buckets.reverse().flatMap((bucket) => bucket ?? []);

    const ranked = { order, sectionCounts, terms };
    this.cache.set(key, ranked);
    if (this.cache.size > CACHED_QUERIES) this.cache.delete(this.cache.keys().next().value!);
    return ranked;
  }

  /** Each document's score, 0 unless every term matches it; undefined for a query without words. */
  private score(terms: QueryTerm[]): Uint16Array | undefined {
    if (terms.length === 0) return undefined;
    const total = new Uint16Array(this.index.docs.length);
    terms.forEach((term, position) => {
      const best = new Uint8Array(total.length);
      for (const [termIndex, match] of this.lookup(term)) {
        // Exact: 2, 4, 6 for body, lead, title; a completion one less than the same field exact.
        const bonus = match === Match.exact ? 0 : 1;
        decodePostings(this.index.postings[termIndex]!, (document, weight) => {
          best[document] = Math.max(best[document]!, weight * 2 - bonus);
        });
      }
      for (let document = 0; document < total.length; document++) {
        total[document] = best[document] && (position === 0 || total[document]) ? total[document]! + best[document]! : 0;
      }
    });
    return total;
  }

  /**
   * The index terms a query term matches (the rule of matchWord), found by binary search: each
   * form of the term with each clitic prefix in front, as a whole word or, for the word being
   * typed, as the start of a range of words.
   */
  private lookup(term: QueryTerm): Map<number, Match> {
    const words = this.index.terms;
    const found = new Map<number, Match>();
    for (const form of term.forms) {
      for (const prefix of ['', ...CLITIC_PREFIXES]) {
        const start = prefix + form;
        const minimum = prefix === '' ? 0 : minimumStem(prefix);
        let index = lowerBound(words, start);
        if (words[index] === start && form.length >= minimum) found.set(index, Match.exact);
        if (!term.prefix) continue;
        // The word being typed: every word starting with the prefix and the form, as long as the
        // prefix leaves enough of it (the same rule as matchWord, without building the stems).
        for (; index < words.length && words[index]!.startsWith(start); index++) {
          if (words[index]!.length - prefix.length >= minimum && !found.has(index)) found.set(index, Match.completion);
        }
      }
    }
    if (found.size <= MAX_COMPLETIONS) return found;
    const completions = [...found].filter(([, match]) => match === Match.completion);
    completions.sort(([a], [b]) => this.index.postings[b]!.length - this.index.postings[a]!.length);
    for (const [index] of completions.slice(MAX_COMPLETIONS)) found.delete(index);
    return found;
  }

  private hit(document: number, terms: QueryTerm[]): SearchHit {
    const [id, title, text, section, minutes, language] = this.index.docs[document]!;
    return {
      id,
      path: articlePath(id),
      title,
      snippet: snippet(text, terms),
      sectionSlug: this.index.sections[section],
      datePublished: minutes >= 0 ? new Date(minutes * 60_000).toISOString() : undefined,
      language: language || undefined,
    };
  }
}

/** The first position in sorted `words` whose word is not below `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]! < word) low = middle + 1;
    else high = middle;
  }
  return low;
}
