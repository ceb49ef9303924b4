import { useSyncExternalStore } from 'react';
import { createLocalStore } from './local-store';

/**
 * Which articles the reader has opened, on this device only. An article counts as read once its
 * page has been opened, as a visited link does: it needs no scroll tracking, holds for a page
 * opened from a pre-rendered file, and is what readers expect of a «قرأته» mark in a list.
 * Only the most recent ids are kept, so storage stays small however much is read.
 */
export const MAX_READ_MARKS = 500;

const READ_KEY = 'sahifa.read';
const NOTHING_READ: readonly string[] = [];

const readIds = createLocalStore<readonly string[]>(
  READ_KEY,
  (stored) => (Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string') : NOTHING_READ),
  NOTHING_READ,
);

/** Most recent first; the oldest mark goes when there are more than MAX_READ_MARKS. */
export function markRead(id: string): void {
  try {
    readIds.update((ids) => (ids[0] === id ? ids : [id, ...ids.filter((other) => other !== id)].slice(0, MAX_READ_MARKS)));
  } catch {
    // A read mark is a nicety: when storage refuses it, the reader loses nothing else.
  }
}

/** Unread in the build-time render and the hydrating render; the mark appears right after. */
export function useIsRead(id: string): boolean {
  return useSyncExternalStore(
    readIds.subscribe,
    () => readIds.get().includes(id),
    () => false,
  );
}
