import { queryForms, stemsOf, tokenize, wordSpans } from './normalise-arabic';

/** One word of a query, with the forms it is looked for as. */
export interface QueryTerm {
  word: string;
  forms: string[];
  /** The word being typed: words that start with it match too. */
  prefix: boolean;
}

/** A single letter would complete to half the dictionary: completion starts at two. */
const MIN_PREFIX_LENGTH = 2;
/** Words beyond this are ignored: every word must match, and no story matches a pasted paragraph. */
export const MAX_QUERY_WORDS = 12;

/**
 * The query's distinct words. The last one is a prefix while the reader is still typing it, that
 * is unless the query ends with a space or punctuation.
 */
export function parseQuery(query: string): QueryTerm[] {
  const words = [...new Set(tokenize(query))].slice(0, MAX_QUERY_WORDS);
  const completing = /[\p{L}\p{N}\p{M}]$/u.test(query);
  return words.map((word, index) => ({
    word,
    forms: queryForms(word),
    prefix: completing && index === words.length - 1 && word.length >= MIN_PREFIX_LENGTH,
  }));
}

export const Match = { none: 0, completion: 1, exact: 2 } as const;
export type Match = (typeof Match)[keyof typeof Match];

/**
 * How a normalised word of a text matches a query term: exactly when one of its stems (the word
 * without a leading clitic) is one of the term's forms, as a completion when a stem starts with one.
 * The index lookup and the highlighting both use this one rule.
 */
export function matchWord(term: QueryTerm, word: string): Match {
  const stems = stemsOf(word);
  if (stems.some((stem) => term.forms.includes(stem))) return Match.exact;
  if (term.prefix && stems.some((stem) => term.forms.some((form) => stem.startsWith(form)))) return Match.completion;
  return Match.none;
}

export interface TextPart {
  text: string;
  marked: boolean;
}

/** A text cut into parts, the words that match the query marked; joined, the parts are the text. */
export function highlight(text: string, terms: readonly QueryTerm[]): TextPart[] {
  const parts: TextPart[] = [];
  let position = 0;
  for (const span of wordSpans(text)) {
    if (!terms.some((term) => matchWord(term, span.normalised) !== Match.none)) continue;
    if (span.start > position) parts.push({ text: text.slice(position, span.start), marked: false });
    parts.push({ text: text.slice(span.start, span.end), marked: true });
    position = span.end;
  }
  if (position < text.length) parts.push({ text: text.slice(position), marked: false });
  return parts;
}

const SNIPPET_LENGTH = 200;
/** How much text leads up to the first matched word in a snippet. */
const SNIPPET_LEAD = 60;

/**
 * About SNIPPET_LENGTH characters of `text` around its first matched word, cut between words and
 * marked with an ellipsis where cut. Without a match in the text, its beginning.
 */
export function snippet(text: string, terms: readonly QueryTerm[]): string {
  if (text.length <= SNIPPET_LENGTH) return text;
  const spans = wordSpans(text);
  const first = spans.find((span) => terms.some((term) => matchWord(term, span.normalised) !== Match.none));
  const from = first && first.end > SNIPPET_LENGTH - SNIPPET_LEAD ? spans.find((span) => span.start >= first.start - SNIPPET_LEAD)!.start : 0;
  const last = spans.findLast((span) => span.end <= from + SNIPPET_LENGTH);
  let to = last && last.end > from ? last.end : Math.min(text.length, from + SNIPPET_LENGTH);
  // Closing punctuation is kept rather than replaced by an ellipsis.
  if (!/[\p{L}\p{N}]/u.test(text.slice(to))) to = text.length;
  const cut = text.slice(from, to).trim();
  return `${from > 0 ? '…' : ''}${cut}${to < text.length && !cut.endsWith('…') ? '…' : ''}`;
}
