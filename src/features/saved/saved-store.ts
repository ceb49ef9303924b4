import { useSyncExternalStore } from 'react';
import type { Article } from '@/features/feed';
import { createLocalStore } from './local-store';

/**
 * Saved articles live on the reader's device, in localStorage: it is synchronous (a card knows
 * whether its article is saved in its first client render, with no flash), its `storage` event
 * keeps every tab in step, and it costs no library on the pages every reader loads. A few hundred
 * articles fit in its quota; when it is full, saving says so.
 *
 * The index (ids and when they were saved, newest first) is one small key that every card reads;
 * each article's copy, the normalised and sanitised Article, has a key of its own, read only by
 * the saved page and by an article page that cannot reach the feed.
 */
export interface SavedEntry {
  id: string;
  /** ISO 8601. */
  savedAt: string;
}

const INDEX_KEY = 'sahifa.saved';
export const savedCopyKey = (id: string) => `${INDEX_KEY}.${id}`;

const NOTHING_SAVED: readonly SavedEntry[] = [];

const isEntry = (value: unknown): value is SavedEntry =>
  typeof value === 'object' && value !== null && typeof (value as SavedEntry).id === 'string' && typeof (value as SavedEntry).savedAt === 'string';

const savedIndex = createLocalStore<readonly SavedEntry[]>(
  INDEX_KEY,
  (stored) => (Array.isArray(stored) ? stored.filter(isEntry) : NOTHING_SAVED),
  NOTHING_SAVED,
);

/** Newest saved first. Nothing is saved in the build-time render and the hydrating render. */
export function useSavedEntries(): readonly SavedEntry[] {
  return useSyncExternalStore(savedIndex.subscribe, savedIndex.get, () => NOTHING_SAVED);
}

export function useIsSaved(id: string): boolean {
  return useSyncExternalStore(
    savedIndex.subscribe,
    () => savedIndex.get().some((entry) => entry.id === id),
    () => false,
  );
}

export const savedEntries = savedIndex.get;
export const subscribeToSaved = savedIndex.subscribe;

/** Keeps a copy of the article and lists it first. False when the browser refuses to store it. */
export function saveArticle(article: Article): boolean {
  const key = savedCopyKey(article.id);
  try {
    localStorage.setItem(key, JSON.stringify(article));
  } catch {
    return false;
  }
  try {
    savedIndex.update((entries) => [{ id: article.id, savedAt: new Date().toISOString() }, ...entries.filter((entry) => entry.id !== article.id)]);
    return true;
  } catch {
    // A copy nothing lists would only take up room.
    if (!savedIndex.get().some((entry) => entry.id === article.id)) removeQuietly(key);
    return false;
  }
}

/** False when the browser refuses to change storage (turned off since the page loaded). */
export function unsaveArticle(id: string): boolean {
  try {
    savedIndex.update((entries) => (entries.some((entry) => entry.id === id) ? entries.filter((entry) => entry.id !== id) : entries));
  } catch {
    return false;
  }
  removeQuietly(savedCopyKey(id));
  return true;
}

function removeQuietly(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Storage is off: there is nothing stored to remove.
  }
}
