import * as z from 'zod/mini';

/**
 * The app's own model: what components read. Produced from the feed by normalise.ts; also a schema
 * so data that comes back from storage or from a pre-rendered page can be checked the same way.
 */
export const articleImageSchema = z.object({
  url: z.string(),
  alt: z.string(),
  caption: z.optional(z.string()),
  credit: z.optional(z.string()),
  width: z.optional(z.number()),
  height: z.optional(z.number()),
  variants: z.array(z.object({ url: z.string(), width: z.number() })),
});

export const articleSchema = z.object({
  id: z.string(),
  /** In-app path of the article page, `/articles/<id>`. */
  path: z.string(),
  /** The item's `url` from the feed, resolved. */
  permalink: z.optional(z.string()),
  externalUrl: z.optional(z.string()),
  /** Always something to show: items without a title get one from their text. */
  title: z.string(),
  hasTitle: z.boolean(),
  summary: z.optional(z.string()),
  /** Sanitised HTML, safe to insert. */
  contentHtml: z.string(),
  image: z.optional(articleImageSchema),
  datePublished: z.optional(z.string()),
  dateModified: z.optional(z.string()),
  authors: z.array(z.object({ name: z.string(), url: z.optional(z.string()) })),
  tags: z.array(z.string()),
  /** BCP 47 tag; undefined when neither item nor feed says (direction then comes from the text). */
  language: z.optional(z.string()),
  sectionSlug: z.optional(z.string()),
});
export type Article = z.infer<typeof articleSchema>;
export type ArticleImage = z.infer<typeof articleImageSchema>;

/**
 * An article as lists hold it: what its card shows, and what a sitemap needs. Never the body (nor
 * the image's caption and credit): a section scrolled through 10,000 articles would keep 10,000 of
 * each in memory, and sanitise every body. The article page fetches its own item, usually before
 * the reader opens it (usePrefetchArticle).
 */
export type ArticleTeaser = Pick<Article, 'id' | 'path' | 'title' | 'summary' | 'datePublished' | 'dateModified' | 'language' | 'sectionSlug'> & {
  image?: Omit<ArticleImage, 'caption' | 'credit'>;
};

export interface SkippedItem {
  index: number;
  id?: string;
  reason: string;
}

export interface FeedPage<Item = ArticleTeaser> {
  title: string;
  items: Item[];
  nextUrl?: string;
  skipped: SkippedItem[];
}

export interface Section {
  slug: string;
  title: string;
  description?: string;
  feedUrl: string;
}

export interface SiteConfig {
  name: string;
  description?: string;
  language: string;
  locale: string;
  timeZone: string;
  homeFeedUrl: string;
  logo?: string;
  icon?: string;
  sections: Section[];
}
