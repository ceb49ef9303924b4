import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The bundled sample feed, read from disk: tests take their expectations from the real data. */
const FEED_DIR = join(import.meta.dirname, '..', 'public', 'feed');

export interface Item {
  id: string;
  url: string;
  title: string;
  summary?: string;
  content_html: string;
  date_published: string;
  authors?: { name: string }[];
  tags?: string[];
  language?: string;
  image?: string;
  _sahifa?: { section?: string; image?: { alt?: string; caption?: string } };
}
interface Feed {
  items: Item[];
  next_url?: string;
}

export const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(FEED_DIR, path), 'utf8')) as T;

export const site = readJson<{ name: string; logo: string; sections: { slug: string; title: string; feed_url: string }[] }>('site.json');

export const allItems: Item[] = readdirSync(join(FEED_DIR, 'items')).map((file) => readJson<Item>(`items/${file}`));

export const sectionTitle = (slug: string) => site.sections.find((section) => section.slug === slug)!.title;

/** The first page of a section feed, as the app gets it. */
export const sectionFirstPage = (slug: string) => readJson<Feed>(`sections/${slug}.json`);

/** The real Algerian article the product was designed from (shared/seeds). */
export const SEED_ID = '2026-11-24-us-strikes-sirte';
export const seed = readJson<Item>(`items/${SEED_ID}.json`);

/** Text of the first paragraph of an item's HTML. */
export const firstParagraph = (item: Item) =>
  /<p>(.*?)<\/p>/s
    .exec(item.content_html)![1]!
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
