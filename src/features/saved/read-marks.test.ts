// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_READ_MARKS, markRead } from './read-marks';

const stored = () => JSON.parse(localStorage.getItem('sahifa.read') ?? '[]') as string[];

afterEach(() => localStorage.clear());

describe('markRead', () => {
  it('remembers opened articles, the most recent first, each once', () => {
    markRead('a');
    markRead('b');
    markRead('a');
    expect(stored()).toEqual(['a', 'b']);
  });

  it(`keeps only the latest ${MAX_READ_MARKS}`, () => {
    for (let index = 0; index <= MAX_READ_MARKS; index++) markRead(`article-${index}`);
    const ids = stored();
    expect(ids).toHaveLength(MAX_READ_MARKS);
    expect(ids[0]).toBe(`article-${MAX_READ_MARKS}`);
    expect(ids).not.toContain('article-0');
  });

  it('loses only the mark when storage refuses it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => markRead('a')).not.toThrow();
    expect(stored()).toEqual([]);
  });
});
