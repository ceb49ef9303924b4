// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '@/features/feed';
import { readSavedCopy } from './saved-copies';
import { saveArticle, savedCopyKey, savedEntries, unsaveArticle, useIsSaved } from './saved-store';

const article = (id: string, extra: Partial<Article> = {}): Article => ({
  id,
  path: `/articles/${id}`,
  title: `عنوان ${id}`,
  hasTitle: true,
  summary: `ملخص ${id}`,
  contentHtml: `<p>نص المقال ${id}</p>`,
  datePublished: '2026-11-24T09:30:00.000Z',
  authors: [{ name: 'elmaouid' }],
  tags: ['ليبيا'],
  language: 'ar',
  sectionSlug: 'world',
  ...extra,
});

const refuseWrites = (refuse: (key: string) => boolean) => {
  const setItem = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    if (refuse(key)) throw new DOMException('full', 'QuotaExceededError');
    setItem.call(this, key, value);
  });
};

// Tells React that act() is in charge of flushing updates here.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

afterEach(() => localStorage.clear());

describe('saving an article', () => {
  it('keeps a copy of the whole article and lists it first, newest saved first', async () => {
    vi.useFakeTimers({ now: new Date('2026-12-01T08:00:00Z'), toFake: ['Date'] });
    expect(saveArticle(article('a'))).toBe(true);
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    expect(saveArticle(article('b'))).toBe(true);
    vi.useRealTimers();

    expect(savedEntries()).toEqual([
      { id: 'b', savedAt: '2026-12-01T09:00:00.000Z' },
      { id: 'a', savedAt: '2026-12-01T08:00:00.000Z' },
    ]);
    expect(await readSavedCopy('a')).toEqual({ id: 'a', savedAt: '2026-12-01T08:00:00.000Z', article: article('a') });
  });

  it('unsaving forgets both the entry and the copy', async () => {
    saveArticle(article('a'));
    saveArticle(article('b'));
    expect(unsaveArticle('a')).toBe(true);
    expect(savedEntries().map((entry) => entry.id)).toEqual(['b']);
    expect(localStorage.getItem(savedCopyKey('a'))).toBeNull();
    expect(await readSavedCopy('a')).toBeUndefined();
  });

  it('says so when storage is full, and leaves nothing half-saved', () => {
    saveArticle(article('a'));
    refuseWrites((key) => key === savedCopyKey('big'));
    expect(saveArticle(article('big'))).toBe(false);
    expect(savedEntries().map((entry) => entry.id)).toEqual(['a']);

    vi.restoreAllMocks();
    refuseWrites((key) => key === 'sahifa.saved');
    expect(saveArticle(article('b'))).toBe(false);
    expect(savedEntries().map((entry) => entry.id)).toEqual(['a']);
    expect(localStorage.getItem(savedCopyKey('b'))).toBeNull();
    expect(localStorage.getItem(savedCopyKey('a'))).not.toBeNull();
  });

  it('ignores index entries it cannot read', () => {
    localStorage.setItem('sahifa.saved', JSON.stringify([{ id: 'a', savedAt: '2026-12-01T08:00:00.000Z' }, { id: 3 }, 'b', null]));
    expect(savedEntries()).toEqual([{ id: 'a', savedAt: '2026-12-01T08:00:00.000Z' }]);
  });
});

describe('reading a saved copy back', () => {
  it('checks it against the model: a copy that no longer fits is left out, not rendered broken', async () => {
    saveArticle(article('a'));
    localStorage.setItem(savedCopyKey('a'), JSON.stringify({ ...article('a'), contentHtml: undefined }));
    expect(await readSavedCopy('a')).toBeUndefined();
    localStorage.setItem(savedCopyKey('a'), '{damaged');
    expect(await readSavedCopy('a')).toBeUndefined();
  });

  it('has nothing for an article that was never saved', async () => {
    expect(await readSavedCopy('never')).toBeUndefined();
  });
});

describe('useIsSaved', () => {
  function SavedState({ id }: { id: string }) {
    return <p>{useIsSaved(id) ? 'saved' : 'not saved'}</p>;
  }

  it('renders "not saved" on the server and while hydrating, then the stored state, without a mismatch', async () => {
    const html = renderToString(<SavedState id="a" />);
    expect(html).toBe('<p>not saved</p>');

    saveArticle(article('a'));
    const container = document.createElement('div');
    container.innerHTML = html;
    const recoverableErrors: unknown[] = [];
    const consoleError = vi.spyOn(console, 'error');
    await act(async () => {
      hydrateRoot(container, <SavedState id="a" />, { onRecoverableError: (error) => recoverableErrors.push(error) });
    });
    expect(recoverableErrors).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    expect(container.textContent).toBe('saved');

    await act(async () => unsaveArticle('a'));
    expect(container.textContent).toBe('not saved');
  });

  it('follows a save made in another tab', async () => {
    const container = document.createElement('div');
    await act(async () => createRoot(container).render(<SavedState id="a" />));
    expect(container.textContent).toBe('not saved');
    await act(async () => {
      localStorage.setItem('sahifa.saved', JSON.stringify([{ id: 'a', savedAt: '2026-12-01T08:00:00.000Z' }]));
      window.dispatchEvent(new StorageEvent('storage', { key: 'sahifa.saved', storageArea: localStorage }));
    });
    expect(container.textContent).toBe('saved');
  });
});
