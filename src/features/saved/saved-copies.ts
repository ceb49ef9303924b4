import { loadArticleSchema, type Article, type ArticleSchema } from '@/features/feed';
import { savedCopyKey, savedEntries, type SavedEntry } from './saved-store';

/**
 * The saved copies themselves. A copy comes back through the same schema as feed data, loaded on
 * demand (the saved page's loader, or the header link while idle, brings it before the connection
 * goes): one written by an older version of the app that no longer fits the model, or damaged, is
 * left out instead of rendered broken.
 */
export interface SavedCopy extends SavedEntry {
  article: Article;
}

export function readCopies(schema: ArticleSchema, entries: readonly SavedEntry[]): readonly SavedCopy[] {
  return entries.flatMap((entry) => {
    try {
      const parsed = schema.safeParse(JSON.parse(localStorage.getItem(savedCopyKey(entry.id)) ?? 'null'));
      return parsed.success ? [{ ...entry, article: parsed.data }] : [];
    } catch {
      return []; // not JSON, or storage turned off
    }
  });
}

/** The saved copy of one article, for an article page that cannot reach the feed. */
export async function readSavedCopy(id: string): Promise<SavedCopy | undefined> {
  const entry = savedEntries().find((candidate) => candidate.id === id);
  if (!entry) return undefined;
  return readCopies(await loadArticleSchema(), [entry])[0];
}
