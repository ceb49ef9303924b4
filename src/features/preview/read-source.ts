import type { Article, ItemParsers } from '@/features/feed';
import { findJsonSyntaxError, type JsonSyntaxError } from '@/lib/json-syntax';
import { findRemovedMarkup } from './removed-markup';

/**
 * The editor's text, read the way the reader will read it once published: the feed's own schema
 * and normaliser make the Article the preview renders, and the rules below list what an editor
 * should fix first. Errors are what the reader would refuse or the newsroom's rules forbid;
 * warnings are what readers would notice.
 */

/**
 * Headlines longer than this get a warning. Google's guidance for `NewsArticle.headline` (which
 * the article page carries as JSON-LD) is at most 110 characters, and at that length a standard
 * card already needs three lines on a phone; compact cards and the breadcrumb cut it.
 */
export const MAX_CARD_TITLE_LENGTH = 110;

/** How the feed format documents dates; shown in messages as the form to copy. */
const DATE_EXAMPLE = '2026-11-24T10:30:00+01:00';

export type Severity = 'error' | 'warning';
export type JsonPath = (string | number)[];

export type ProblemCode =
  | 'not-an-item'
  | 'feed-invalid'
  | 'feed-empty'
  | 'id-missing'
  | 'id-invalid'
  | 'body-missing'
  | 'title-missing'
  | 'title-too-long'
  | 'summary-missing'
  | 'date-missing'
  | 'date-invalid'
  | 'date-format'
  | 'date-modified-invalid'
  | 'image-alt-missing'
  | 'image-caption-missing'
  | 'image-size-missing'
  | 'body-image-alt-missing'
  | 'unsafe-html'
  | 'formatting-removed'
  | 'language-missing'
  | 'section-missing'
  | 'section-unknown'
  | 'extension-invalid'
  | 'link-invalid'
  | 'wrong-type'
  | 'invalid-value';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Where in the editor's JSON, from its root: `['items', 2, 'title']`. */
  path: JsonPath;
  /** Lists stay arrays: the interface joins them the way its language does. */
  values?: Record<string, string | number | readonly string[]>;
}

export interface ItemChoice {
  /** The item's headline, else its id; undefined when it has neither. */
  label: string | undefined;
}

export type SourceReading =
  | { kind: 'empty' }
  | { kind: 'syntax-error'; error: JsonSyntaxError }
  | {
      kind: 'read';
      /** Present when the text is a whole JSON Feed: its items, for the editor to pick one. */
      items?: ItemChoice[];
      itemIndex: number;
      /** What the reader would render; undefined when it would refuse the item. */
      article?: Article;
      problems: Problem[];
    };

export interface ReadOptions {
  /** Which item of a whole feed to show. */
  itemIndex?: number;
  /** Where the JSON comes from: relative URLs resolve against it. Pasted items default to their items/<id>.json. */
  documentUrl?: string;
  /** The site's section slugs, to catch a section that does not exist. */
  sectionSlugs?: readonly string[];
}

type FeedDefaults = Parameters<ItemParsers['toArticle']>[2];

export function readSource(text: string, parsers: ItemParsers, options: ReadOptions = {}): SourceReading {
  if (!text.trim()) return { kind: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse and the scanner agree on what is valid; the fallback only guards that promise.
    return { kind: 'syntax-error', error: findJsonSyntaxError(text) ?? { line: 1, column: 1, offset: 0, code: 'expected-value', message: '' } };
  }

  if (isRecord(json) && Array.isArray(json.items)) {
    const problems: Problem[] = [];
    const feed = parsers.jsonFeedSchema.safeParse(json);
    for (const issue of feed.error?.issues ?? []) problems.push(error('feed-invalid', issue.path as JsonPath));
    const items = json.items.map((raw): ItemChoice => ({ label: itemLabel(raw) }));
    if (items.length === 0) return { kind: 'read', items, itemIndex: 0, problems: [...problems, error('feed-empty', ['items'])] };
    const itemIndex = Math.min(Math.max(options.itemIndex ?? 0, 0), items.length - 1);
    const item = checkItem(json.items[itemIndex], ['items', itemIndex], parsers, options, feed.data);
    return { kind: 'read', items, itemIndex, article: item.article, problems: sortProblems([...problems, ...item.problems]) };
  }
  if (!isRecord(json)) return { kind: 'read', itemIndex: 0, problems: [error('not-an-item', [])] };
  const item = checkItem(json, [], parsers, options);
  return { kind: 'read', itemIndex: 0, article: item.article, problems: sortProblems(item.problems) };
}

function checkItem(
  raw: unknown,
  base: JsonPath,
  parsers: ItemParsers,
  options: ReadOptions,
  feed?: FeedDefaults,
): { article?: Article; problems: Problem[] } {
  const at = (...path: JsonPath): JsonPath => [...base, ...path];
  if (!isRecord(raw)) return { problems: [error('not-an-item', base)] };
  const problems: Problem[] = [];
  const add = (problem: Problem) => problems.push(problem);

  const parsed = parsers.jsonFeedItemSchema.safeParse(raw);
  for (const issue of parsed.error?.issues ?? []) {
    const { path, expected } = mostSpecific(issue);
    const [field] = path;
    if (field === 'id') add(error(isBlank(raw.id) ? 'id-missing' : 'id-invalid', at('id')));
    // The schema's "no body" and "nothing to read" refinements run only on an otherwise valid
    // item; the body and title rules below say the same thing every time.
    else if (issue.code === 'custom') continue;
    else if (expected) add(error('wrong-type', at(...path), { expected }));
    else add(error('invalid-value', at(...path)));
  }

  if (isBlank(raw.content_html) && isBlank(raw.content_text)) add(error('body-missing', at(raw.content_text === undefined ? 'content_html' : 'content_text')));
  if (isBlank(raw.title)) add(error('title-missing', at('title')));
  else if (typeof raw.title === 'string') {
    const length = graphemeCount(raw.title.trim());
    if (length > MAX_CARD_TITLE_LENGTH) add(warning('title-too-long', at('title'), { count: length, max: MAX_CARD_TITLE_LENGTH }));
  }
  if (isBlank(raw.summary)) add(warning('summary-missing', at('summary')));
  problems.push(...checkDates(raw, at, parsers));
  problems.push(...checkExtension(raw, at, parsers, options.sectionSlugs));
  if (typeof raw.content_html === 'string') problems.push(...checkBodyImages(raw.content_html, at('content_html')));
  if (isBlank(raw.language) && !feed?.language) add(warning('language-missing', at('language')));

  if (!parsed.success) return { problems };
  const item = parsed.data;
  const article = parsers.toArticle(
    item,
    { documentUrl: options.documentUrl ?? parsers.articleUrl(item.id), appOrigin: parsers.currentOrigin() },
    feed,
  );
  if (typeof raw.content_html === 'string') problems.push(...checkSanitised(raw.content_html, article.contentHtml, at('content_html')));
  // The normaliser drops URLs it cannot use; a field that had one and lost it is a broken link.
  const links: [string, string | undefined][] = [
    ['url', article.permalink],
    ['external_url', article.externalUrl],
    [typeof raw.image === 'string' && raw.image.trim() ? 'image' : 'banner_image', article.image?.url],
  ];
  for (const [field, kept] of links) {
    const value = raw[field];
    if (typeof value === 'string' && value.trim() && !kept) add(warning('link-invalid', at(field), { value }));
  }
  return { article, problems };
}

const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/i;

function checkDates(raw: Record<string, unknown>, at: (...path: JsonPath) => JsonPath, parsers: ItemParsers): Problem[] {
  const problems: Problem[] = [];
  const published = raw.date_published;
  if (published === undefined || published === null) problems.push(warning('date-missing', at('date_published')));
  else if (typeof published === 'string') {
    const value = published.trim();
    if (!parsers.normaliseDate(value) || !isRealDate(value)) problems.push(error('date-invalid', at('date_published'), { value: published, example: DATE_EXAMPLE }));
    else if (!RFC_3339.test(value)) problems.push(warning('date-format', at('date_published'), { value: published, example: DATE_EXAMPLE }));
  }
  const modified = raw.date_modified;
  if (typeof modified === 'string' && (!parsers.normaliseDate(modified) || !isRealDate(modified.trim()))) {
    problems.push(error('date-modified-invalid', at('date_modified'), { value: modified }));
  }
  return problems;
}

/** Date.parse rolls 30 February over into March; an editor wants to hear about the typo. */
function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return true;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function checkExtension(
  raw: Record<string, unknown>,
  at: (...path: JsonPath) => JsonPath,
  parsers: ItemParsers,
  sectionSlugs: readonly string[] | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const extension = raw._sahifa;
  if (extension !== undefined && extension !== null) {
    // The reader drops an invalid extension whole (schema.ts), so each of its issues costs the article.
    const issues = parsers.sahifaExtensionSchema.safeParse(extension).error?.issues ?? [];
    for (const issue of issues) problems.push(error('extension-invalid', at('_sahifa', ...(issue.path as JsonPath))));
  }
  const sahifa = isRecord(extension) ? extension : {};
  const image = isRecord(sahifa.image) ? sahifa.image : {};

  if (isBlank(sahifa.section)) problems.push(warning('section-missing', isRecord(extension) ? at('_sahifa', 'section') : at('_sahifa')));
  else if (typeof sahifa.section === 'string' && sectionSlugs && !sectionSlugs.includes(sahifa.section)) {
    problems.push(error('section-unknown', at('_sahifa', 'section'), { slug: sahifa.section, known: sectionSlugs }));
  }

  const heroField = (['image', 'banner_image'] as const).find((field) => !isBlank(raw[field]));
  if (heroField) {
    // Point at the field when it exists, else at the object it belongs in.
    const where = isRecord(sahifa.image) ? at('_sahifa', 'image') : isRecord(extension) ? at('_sahifa') : at(heroField);
    const field = (name: string) => (isRecord(sahifa.image) ? [...where, name] : where);
    if (isBlank(image.alt)) problems.push(error('image-alt-missing', field('alt')));
    if (isBlank(image.caption)) problems.push(warning('image-caption-missing', field('caption')));
    if (image.width === undefined || image.height === undefined) problems.push(warning('image-size-missing', where));
  }
  return problems;
}

/** Images in the body without alt: the sanitiser gives them an empty one, which hides them from screen readers. */
function checkBodyImages(html: string, path: JsonPath): Problem[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const count = document.querySelectorAll('img:not([alt])').length;
  return count > 0 ? [warning('body-image-alt-missing', path, { count })] : [];
}

function checkSanitised(raw: string, sanitised: string, path: JsonPath): Problem[] {
  const removed = findRemovedMarkup(raw, sanitised);
  const problems: Problem[] = [];
  if (removed.unsafe.length > 0) problems.push(warning('unsafe-html', path, { list: removed.unsafe }));
  if (removed.formatting.length > 0) problems.push(warning('formatting-removed', path, { list: removed.formatting }));
  return problems;
}

type SchemaIssue = NonNullable<ReturnType<ItemParsers['jsonFeedItemSchema']['safeParse']>['error']>['issues'][number];

/**
 * A union (`tags`: a list or one string) fails as a whole; the branch that got deepest into the
 * value says best what is wrong (`tags[0]` is not a string).
 */
function mostSpecific(issue: SchemaIssue): { path: JsonPath; expected?: string } {
  const path = issue.path as JsonPath;
  if (issue.code === 'invalid_type') return { path, expected: issue.expected };
  if (issue.code !== 'invalid_union') return { path };
  const branches = issue.errors.flat();
  const deepest = branches.reduce<SchemaIssue | undefined>((best, branch) => (!best || branch.path.length > best.path.length ? branch : best), undefined);
  if (!deepest) return { path };
  const inner = mostSpecific(deepest);
  return { path: [...path, ...inner.path], expected: inner.expected };
}

function itemLabel(raw: unknown): string | undefined {
  if (!isRecord(raw)) return undefined;
  for (const value of [raw.title, raw.id]) {
    if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return String(value).trim();
  }
  return undefined;
}

/** Errors first; within a severity, in the order the rules ran (roughly the item's field order). */
function sortProblems(problems: Problem[]): Problem[] {
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
}

/** Characters as a reader counts them: a letter with its harakat is one. */
function graphemeCount(text: string): number {
  return [...new Intl.Segmenter('ar', { granularity: 'grapheme' }).segment(text)].length;
}

const error = (code: ProblemCode, path: JsonPath, values?: Problem['values']): Problem => ({ code, severity: 'error', path, values });
const warning = (code: ProblemCode, path: JsonPath, values?: Problem['values']): Problem => ({ code, severity: 'warning', path, values });

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
