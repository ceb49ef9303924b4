import { useSyncExternalStore } from 'react';
import { loadArticleSchema, type Article, type ArticleSchema } from '@/features/feed';
import { savedCopyKey, savedEntries, subscribeToSaved, type SavedEntry } from './saved-store';

/**
 * The saved copies themselves, for the saved page and for an article page that cannot reach the
 * feed. Loaded on demand with them (the check needs the model's schema). A copy comes back
 * through the same schema as feed data: one written by an older version of the app that no longer
 * fits the model, or damaged, is left out instead of rendered broken.
 */
export interface SavedCopy extends SavedEntry {
  article: Article;
}

const NO_COPIES: readonly SavedCopy[] = [];

function readCopies(schema: ArticleSchema, entries: readonly SavedEntry[]): readonly SavedCopy[] {
  return entries.flatMap((entry) => {
    try {
      const parsed = schema.safeParse(JSON.parse(localStorage.getItem(savedCopyKey(entry.id)) ?? 'null'));
      return parsed.success ? [{ ...entry, article: parsed.data }] : [];
    } catch {
      return []; // not JSON, or storage turned off
    }
  });
}

let cached: { schema: ArticleSchema; entries: readonly SavedEntry[]; copies: readonly SavedCopy[] } | undefined;

/** Every saved article, newest saved first, kept in step with saving and unsaving in any tab. */
export function useSavedCopies(schema: ArticleSchema): readonly SavedCopy[] {
  return useSyncExternalStore(
    subscribeToSaved,
    () => {
      const entries = savedEntries();
      if (cached?.schema !== schema || cached.entries !== entries) cached = { schema, entries, copies: readCopies(schema, entries) };
      return cached.copies;
    },
    () => NO_COPIES,
  );
}

export async function readSavedCopy(id: string): Promise<SavedCopy | undefined> {
  const entry = savedEntries().find((candidate) => candidate.id === id);
  if (!entry) return undefined;
  return readCopies(await loadArticleSchema(), [entry])[0];
}
