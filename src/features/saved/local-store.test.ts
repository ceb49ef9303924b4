// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalStore } from './local-store';

const KEY = 'test.store';
const EMPTY: readonly string[] = [];
const decode = (stored: unknown) => (Array.isArray(stored) ? stored.filter((value): value is string => typeof value === 'string') : EMPTY);
const store = () => createLocalStore<readonly string[]>(KEY, decode, EMPTY);

/** What the browser fires in this tab when another tab writes. */
const otherTabWrites = (key: string | null, value?: string) => {
  if (key !== null && value !== undefined) localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage }));
};

afterEach(() => localStorage.clear());

describe('createLocalStore', () => {
  it('reads the empty value when nothing, or nothing usable, is stored', () => {
    expect(store().get()).toBe(EMPTY);
    localStorage.setItem(KEY, '{not json');
    expect(store().get()).toBe(EMPTY);
    localStorage.setItem(KEY, '{"an":"object"}');
    expect(store().get()).toBe(EMPTY);
  });

  it('decodes what is stored, and hands back the same object until it changes', () => {
    localStorage.setItem(KEY, JSON.stringify(['a', 2, 'b']));
    const values = store();
    const first = values.get();
    expect(first).toEqual(['a', 'b']);
    expect(values.get()).toBe(first);
    localStorage.setItem(KEY, JSON.stringify(['c']));
    expect(values.get()).toEqual(['c']);
  });

  it('writes a change and tells every subscriber; an unchanged value is neither written nor told', () => {
    const values = store();
    const listener = vi.fn();
    const unsubscribe = values.subscribe(listener);
    values.update((ids) => [...ids, 'a']);
    expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual(['a']);
    expect(listener).toHaveBeenCalledTimes(1);

    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    values.update((ids) => ids);
    expect(setItem).not.toHaveBeenCalled();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('changes from the latest stored value, not from an older snapshot', () => {
    const values = store();
    values.update(() => ['a']);
    localStorage.setItem(KEY, JSON.stringify(['from another tab']));
    values.update((ids) => [...ids, 'b']);
    expect(values.get()).toEqual(['from another tab', 'b']);
  });

  it('follows other tabs through the storage event: its own key, or all of storage cleared', () => {
    const values = store();
    const listener = vi.fn();
    const unsubscribe = values.subscribe(listener);
    otherTabWrites('some.other.key', '[]');
    expect(listener).not.toHaveBeenCalled();
    otherTabWrites(KEY, JSON.stringify(['x']));
    expect(listener).toHaveBeenCalledTimes(1);
    expect(values.get()).toEqual(['x']);
    localStorage.clear();
    otherTabWrites(null);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(values.get()).toBe(EMPTY);

    unsubscribe();
    otherTabWrites(KEY, JSON.stringify(['y']));
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('throws when the browser refuses the write, and keeps what was stored', () => {
    const values = store();
    values.update(() => ['kept']);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => values.update((ids) => [...ids, 'lost'])).toThrow('full');
    expect(values.get()).toEqual(['kept']);
  });

  it('reads as empty when storage is turned off', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store().get()).toBe(EMPTY);
  });
});
