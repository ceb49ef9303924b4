import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The workspace's text lives on the editor's device (localStorage): restored after a reload or a
 * closed tab, saved a moment after typing stops, and at once when the tab is hidden or closed, so
 * the last keystrokes are not lost either. Nothing is sent anywhere.
 */
export interface SavedDraft {
  text: string;
  /** The item picked in a whole feed. */
  itemIndex: number;
}

const CURRENT_KEY = 'sahifa.preview.draft';
/** One step back: what a shared link, a file or a newsroom draft replaced. */
const PREVIOUS_KEY = 'sahifa.preview.previous';
const SAVE_DELAY_MS = 400;
const EMPTY: SavedDraft = { text: '', itemIndex: 0 };

export type SaveStatus = 'saved' | 'failed';

export function useSavedDraft() {
  const [draft, setDraft] = useState<SavedDraft>(() => read(CURRENT_KEY) ?? EMPTY);
  const [hasPrevious, setHasPrevious] = useState(() => read(PREVIOUS_KEY) !== undefined);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const latest = useRef(draft);
  // What storage holds. Only changes are written: a second tab that merely reads the draft must not
  // write its copy back over what the first tab typed since.
  const stored = useRef(draft);

  useEffect(() => {
    latest.current = draft;
    if (draft === stored.current) return;
    const timer = setTimeout(() => {
      stored.current = draft;
      setStatus(write(CURRENT_KEY, draft) ? 'saved' : 'failed');
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  useEffect(() => {
    const flush = () => {
      if (latest.current === stored.current) return;
      stored.current = latest.current;
      write(CURRENT_KEY, latest.current);
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', flushWhenHidden);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', flushWhenHidden);
      window.removeEventListener('pagehide', flush);
    };
  }, []);

  const setText = useCallback((text: string) => setDraft((current) => ({ ...current, text })), []);
  const setItemIndex = useCallback((itemIndex: number) => setDraft((current) => ({ ...current, itemIndex })), []);

  /** Puts `next` in the workspace; the work it replaces is kept one step back. True when there was such work. */
  const replace = useCallback((next: SavedDraft): boolean => {
    const current = latest.current;
    const keep = current.text.trim() !== '' && current.text !== next.text;
    if (keep) {
      write(PREVIOUS_KEY, current);
      setHasPrevious(true);
    }
    latest.current = stored.current = next;
    write(CURRENT_KEY, next);
    setDraft(next);
    return keep;
  }, []);

  /** Swaps the kept draft back in; what it replaces is kept in turn, so the swap can be undone. */
  const restorePrevious = useCallback(() => {
    const previous = read(PREVIOUS_KEY);
    if (!previous) return;
    write(PREVIOUS_KEY, latest.current);
    latest.current = stored.current = previous;
    write(CURRENT_KEY, previous);
    setDraft(previous);
  }, []);

  const clear = useCallback(() => {
    latest.current = stored.current = EMPTY;
    remove(CURRENT_KEY);
    setDraft(EMPTY);
  }, []);

  return { draft, setText, setItemIndex, replace, restorePrevious, hasPrevious, clear, status };
}

// Storage can be missing (a build-time render), refuse access (privacy settings) or be full.
function read(key: string): SavedDraft | undefined {
  try {
    const value: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? 'null');
    if (typeof value !== 'object' || value === null || typeof (value as SavedDraft).text !== 'string') return undefined;
    const { text, itemIndex } = value as SavedDraft;
    return { text, itemIndex: Number.isInteger(itemIndex) ? itemIndex : 0 };
  } catch {
    return undefined;
  }
}

function write(key: string, draft: SavedDraft): boolean {
  try {
    globalThis.localStorage.setItem(key, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

function remove(key: string): void {
  try {
    globalThis.localStorage.removeItem(key);
  } catch {
    // Nothing was saved, so there is nothing to remove.
  }
}
