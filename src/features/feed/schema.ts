import * as z from 'zod/mini';

// zod probes whether `new Function` works to speed up parsing; under the CSP (no eval) that probe is
// a violation report on every page. The plain interpreter is fast enough for feed documents.
z.config({ jitless: true });
// zod/mini (a third of classic zod's bytes: this parser loads whenever a page fetches from the feed)
// ships no messages of its own; feed:check and the logs speak English.
z.config(z.locales.en());

/**
 * The feed at the edge: what Sahifa accepts from the network. JSON Feed 1.1 (and 1.0, which real
 * feeds still publish), the `_sahifa` extension, and the site config. Unknown fields are ignored, as
 * the spec asks; anything a reader would see is checked.
 */

/** Real feeds write `null` for "absent" (`"external_url": null`); both read as undefined. */
const optionalText = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? undefined),
);

const author = z.object({
  name: optionalText,
  url: optionalText,
  avatar: optionalText,
});

const positiveInteger = z.int().check(z.positive());

/** The `_sahifa` extension; the editor preview checks it on its own to list each problem. */
export const sahifaExtensionSchema = z.optional(
  z.object({
    section: z.optional(z.string()),
    image: z.optional(
      z.object({
        alt: optionalText,
        caption: optionalText,
        credit: optionalText,
        width: z.optional(positiveInteger),
        height: z.optional(positiveInteger),
        variants: z.optional(z.array(z.object({ url: z.string(), width: positiveInteger }))),
      }),
    ),
  }),
);

/** Trimmed, and something left: ids and titles. */
export const nonEmptyText = z.string().check(z.trim(), z.minLength(1));

export const jsonFeedItemSchema = z
  .object({
    id: z.pipe(z.union([nonEmptyText, z.number()]), z.transform(String)),
    url: optionalText,
    external_url: optionalText,
    title: optionalText,
    content_html: optionalText,
    content_text: optionalText,
    summary: optionalText,
    image: optionalText,
    banner_image: optionalText,
    date_published: optionalText,
    date_modified: optionalText,
    authors: z.nullish(z.array(author)),
    /** JSON Feed 1.0; 1.1 readers still honour it. */
    author: z.nullish(author),
    /** Some CMSs write tags as one comma-separated string. */
    tags: z.nullish(z.union([z.array(z.string()), z.pipe(z.string(), z.transform((tags) => tags.split(',')))])),
    language: optionalText,
    /** A broken extension must not cost the reader the article: it degrades to "no extension". */
    _sahifa: z.catch(sahifaExtensionSchema, undefined),
  })
  .check(
    z.refine((item) => item.content_html !== undefined || item.content_text !== undefined, {
      message: 'an item needs content_html or content_text',
      path: ['content_html'],
    }),
    z.refine((item) => Boolean(item.title?.trim() || item.summary?.trim() || item.content_text?.trim() || item.content_html?.replace(/<[^>]*>/g, '').trim()), {
      message: 'an item needs a title or some text: there is nothing a reader could read',
      path: ['title'],
    }),
  );
export type JsonFeedItem = z.output<typeof jsonFeedItemSchema>;

export const jsonFeedSchema = z.object({
  version: z.string().check(z.regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.1)?$/, 'not a JSON Feed version URL')),
  title: z.string(),
  home_page_url: optionalText,
  feed_url: optionalText,
  description: optionalText,
  next_url: optionalText,
  icon: optionalText,
  language: optionalText,
  authors: z.nullish(z.array(author)),
  author: z.nullish(author),
  /** Each item is checked on its own, so one bad item never costs the reader the page. */
  items: z.array(z.unknown()),
});
export type JsonFeed = z.output<typeof jsonFeedSchema>;

const isValidLocale = (locale: string) => {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale).length > 0;
  } catch {
    return false;
  }
};
const isValidTimeZone = (timeZone: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
};

export const siteConfigSchema = z.object({
  name: nonEmptyText,
  description: optionalText,
  language: z._default(z.string(), 'ar'),
  locale: z._default(z.string().check(z.refine(isValidLocale, 'unknown locale')), 'ar-DZ'),
  time_zone: z._default(z.string().check(z.refine(isValidTimeZone, 'unknown time zone')), 'Africa/Algiers'),
  home_feed_url: z.string().check(z.minLength(1)),
  logo: optionalText,
  icon: optionalText,
  sections: z
    .array(
      z.object({
        slug: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case ASCII letters, digits and hyphens')),
        title: nonEmptyText,
        description: optionalText,
        feed_url: z.string().check(z.minLength(1)),
      }),
    )
    .check(z.refine((sections) => new Set(sections.map((s) => s.slug)).size === sections.length, 'duplicate section slug')),
});
export type SiteConfigJson = z.output<typeof siteConfigSchema>;

/** How a zod failure reads in a log line or a feed:check report: `items[3].title: expected string`. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? `${formatPath(issue.path)}: ` : ''}${issue.message}`)
    .join('; ');
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}
