import { htmlToText, sanitizeHtml } from '@/lib/sanitize-html';
import { FeedError } from './feed-error';
import type { Article, ArticleTeaser, FeedPage, SiteConfig, SkippedItem } from './model';
import {
  describeIssues,
  jsonFeedItemSchema,
  jsonFeedSchema,
  siteConfigSchema,
  type JsonFeed,
  type JsonFeedItem,
} from './schema';
import { articlePath, resolveFeedUrl } from './urls';

/** Where a document came from: relative links resolve against it, same-origin links become paths. */
export interface DocumentContext {
  documentUrl: string;
  appOrigin: string;
}

const UNTITLED_HEADLINE_LENGTH = 90;

export function parseSiteConfig(json: unknown, context: DocumentContext): SiteConfig {
  const result = siteConfigSchema.safeParse(json);
  if (!result.success) throw new FeedError('shape', context.documentUrl, describeIssues(result.error));
  const site = result.data;
  const resolve = (raw: string) => resolveFeedUrl(raw, context.documentUrl, context.appOrigin);
  /** Feed URLs the app cannot work without: anything but http(s) is a broken config. */
  const resolveRequired = (raw: string, path: string) => {
    const url = resolve(raw);
    if (!url) throw new FeedError('shape', context.documentUrl, `${path}: not an http(s) URL`);
    return url;
  };
  return {
    name: site.name,
    description: site.description,
    language: site.language,
    locale: site.locale,
    timeZone: site.time_zone,
    homeFeedUrl: resolveRequired(site.home_feed_url, 'home_feed_url'),
    logo: site.logo && resolve(site.logo),
    icon: site.icon && resolve(site.icon),
    sections: site.sections.map((section, index) => ({
      slug: section.slug,
      title: section.title,
      description: section.description,
      feedUrl: resolveRequired(section.feed_url, `sections[${index}].feed_url`),
    })),
  };
}

type FeedContext = Pick<JsonFeed, 'language' | 'authors' | 'author'>;
type ItemReader<Item> = (item: JsonFeedItem, context: DocumentContext, feed: FeedContext) => Item;

/** A page of a JSON Feed as lists show it: teasers, bodies left out (neither sanitised nor kept). */
export function parseListPage(json: unknown, context: DocumentContext): FeedPage<ArticleTeaser> {
  return parsePage(json, context, toTeaser);
}

/** A page of a JSON Feed with every article whole, bodies included (the search index, one-item feeds). */
export function parseFeedPage(json: unknown, context: DocumentContext): FeedPage<Article> {
  return parsePage(json, context, toArticle);
}

/** Invalid items are skipped and reported, never fatal. */
function parsePage<Item>(json: unknown, context: DocumentContext, read: ItemReader<Item>): FeedPage<Item> {
  const result = jsonFeedSchema.safeParse(json);
  if (!result.success) throw new FeedError('shape', context.documentUrl, describeIssues(result.error));
  const feed = result.data;
  const items: Item[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  feed.items.forEach((raw, index) => {
    const item = jsonFeedItemSchema.safeParse(raw);
    const id = idOf(raw);
    if (!item.success) {
      skipped.push({ index, id, reason: describeIssues(item.error) });
    } else if (seen.has(item.data.id)) {
      skipped.push({ index, id, reason: 'duplicate id' });
    } else {
      seen.add(item.data.id);
      items.push(read(item.data, context, feed));
    }
  });
  if (skipped.length > 0) reportSkipped(context.documentUrl, skipped);
  return {
    title: feed.title,
    items,
    nextUrl: resolveFeedUrl(feed.next_url, context.documentUrl, context.appOrigin),
    skipped,
  };
}

/** One item on its own (`items/<id>.json`); a one-item feed is accepted too. */
export function parseArticle(json: unknown, context: DocumentContext): Article {
  if (isRecord(json) && Array.isArray(json.items)) {
    const page = parseFeedPage(json, context);
    const [first] = page.items;
    if (!first) throw new FeedError('shape', context.documentUrl, 'the feed holds no valid item');
    return first;
  }
  const result = jsonFeedItemSchema.safeParse(json);
  if (!result.success) throw new FeedError('shape', context.documentUrl, describeIssues(result.error));
  return toArticle(result.data, context);
}

export function toTeaser(item: JsonFeedItem, context: DocumentContext, feed?: FeedContext): ArticleTeaser {
  const resolve = (raw: string | undefined) => resolveFeedUrl(raw, context.documentUrl, context.appOrigin);
  const summary = clean(item.summary);
  const imageUrl = resolve(item.image ?? item.banner_image);
  const imageMeta = item._sahifa?.image;
  return {
    id: item.id,
    path: articlePath(item.id),
    title: clean(item.title) ?? headlineFromText(summary ?? bodyText(item)),
    summary,
    image: imageUrl
      ? {
          url: imageUrl,
          alt: clean(imageMeta?.alt) ?? '',
          width: imageMeta?.width,
          height: imageMeta?.height,
          variants: (imageMeta?.variants ?? []).flatMap((variant) => {
            const url = resolve(variant.url);
            return url ? [{ url, width: variant.width }] : [];
          }),
        }
      : undefined,
    datePublished: normaliseDate(item.date_published),
    dateModified: normaliseDate(item.date_modified),
    language: clean(item.language) ?? clean(feed?.language),
    sectionSlug: clean(item._sahifa?.section),
  };
}

export function toArticle(item: JsonFeedItem, context: DocumentContext, feed?: FeedContext): Article {
  const resolve = (raw: string | undefined) => resolveFeedUrl(raw, context.documentUrl, context.appOrigin);
  const authors = (item.authors ?? (item.author ? [item.author] : feed?.authors ?? (feed?.author ? [feed.author] : [])))
    .map((a) => ({ name: clean(a.name) ?? '', url: resolve(a.url) }))
    .filter((a) => a.name !== '');

  const teaser = toTeaser(item, context, feed);
  const imageMeta = item._sahifa?.image;
  return {
    ...teaser,
    image: teaser.image && { ...teaser.image, caption: clean(imageMeta?.caption), credit: clean(imageMeta?.credit) },
    permalink: resolve(item.url),
    externalUrl: resolve(item.external_url),
    hasTitle: clean(item.title) !== undefined,
    contentHtml:
      item.content_html !== undefined ? sanitizeHtml(item.content_html, { siteOrigin: context.appOrigin }) : textToHtml(item.content_text ?? ''),
    authors,
    tags: (item.tags ?? []).map((tag) => tag.trim()).filter(Boolean),
  };
}

/** The body as plain text, for a headline when the item has neither title nor summary. */
function bodyText(item: JsonFeedItem): string {
  return item.content_html !== undefined ? htmlToText(item.content_html) : (item.content_text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * RFC 3339 dates, as the spec asks; real feeds also send dates without a zone (read as UTC) and
 * date-only values. Anything unreadable is dropped rather than shown as "Invalid Date".
 */
export function normaliseDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const value = raw.trim();
  const needsZone = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value);
  const time = Date.parse(needsZone ? `${value}Z` : value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function headlineFromText(text: string): string {
  if (text.length <= UNTITLED_HEADLINE_LENGTH) return text;
  const cut = text.slice(0, UNTITLED_HEADLINE_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), UNTITLED_HEADLINE_LENGTH / 2)).trim()}…`;
}

function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function idOf(raw: unknown): string | undefined {
  return isRecord(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? String(raw.id) : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function reportSkipped(url: string, skipped: SkippedItem[]): void {
  console.warn(
    `[sahifa] ${url}: skipped ${skipped.length} invalid item(s):\n${skipped
      .map((s) => `  items[${s.index}]${s.id ? ` (id ${s.id})` : ''}: ${s.reason}`)
      .join('\n')}`,
  );
}
