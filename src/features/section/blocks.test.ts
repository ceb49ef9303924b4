import { describe, expect, it } from 'vitest';
import { BLOCK_SIZE, blockCount, blockItems, blockKey, blockOf } from './blocks';

describe('blocks of cards', () => {
  it('are whole rows of a one-, two- and three-column grid', () => {
    for (const columns of [1, 2, 3]) expect(BLOCK_SIZE % columns).toBe(0);
  });

  it('group items in order, the last one partial', () => {
    const items = Array.from({ length: 13 }, (_, index) => index);
    expect(blockCount(items.length)).toBe(3);
    expect([0, 1, 2].map((block) => blockItems(items, block))).toEqual([[0, 1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11], [12]]);
    expect([0, 5, 6, 12].map(blockOf)).toEqual([0, 0, 1, 2]);
    expect(blockKey([{ id: 'a' }, ...Array.from({ length: 6 }, (_, index) => ({ id: `n${index}` }))], 1)).toBe('n5');
    expect(blockCount(0)).toBe(0);
  });
});
