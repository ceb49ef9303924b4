/**
 * One localStorage key as an external store for useSyncExternalStore. Every tab stays in step: a
 * write here notifies this tab's subscribers, and the `storage` event brings other tabs' writes.
 * Nothing runs at import time, so the module is safe in the build-time renderer, where components
 * read the server snapshot ("nothing stored") instead.
 */
export interface LocalStore<T> {
  subscribe: (onChange: () => void) => () => void;
  /** The stored value (the same object until it changes), or the empty value. */
  get: () => T;
  /**
   * Writes `change(current)` when it differs from `current`. Throws when the browser refuses: a
   * full quota, or storage turned off (some private modes).
   */
  update: (change: (current: T) => T) => void;
}

export function createLocalStore<T>(key: string, decode: (stored: unknown) => T, empty: T): LocalStore<T> {
  const listeners = new Set<() => void>();
  // Decoded once per stored string: React asks for the snapshot on every render of every
  // subscriber, and must get the same object back while nothing changed.
  let cached: { raw: string | null; value: T } = { raw: null, value: empty };

  const get = (): T => {
    let raw: string | null;
    try {
      raw = localStorage.getItem(key);
    } catch {
      return empty; // storage turned off
    }
    if (raw !== cached.raw) cached = { raw, value: decodeRaw(raw) };
    return cached.value;
  };
  const decodeRaw = (raw: string | null): T => {
    if (raw === null) return empty;
    try {
      return decode(JSON.parse(raw));
    } catch {
      return empty; // not JSON: written by something else
    }
  };
  const notify = () => {
    for (const listener of listeners) listener();
  };
  const onStorage = (event: StorageEvent) => {
    // A null key: another tab cleared all of storage.
    if (event.key === key || event.key === null) notify();
  };

  return {
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
    get,
    update(change) {
      const current = get();
      const next = change(current);
      if (next === current) return;
      localStorage.setItem(key, JSON.stringify(next));
      notify();
    },
  };
}
