import { useSyncExternalStore } from 'react';
import type { ArticleSchema } from '@/features/feed';
import { readCopies, type SavedCopy } from './saved-copies';
import { savedEntries, subscribeToSaved, type SavedEntry } from './saved-store';

const NO_COPIES: readonly SavedCopy[] = [];

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
