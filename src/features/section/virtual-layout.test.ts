import { describe, expect, it } from 'vitest';
import { layoutFromSizes, withPinned } from './virtual-layout';

describe('withPinned', () => {
  it('adds the focused block to the range, in reading order, once', () => {
    expect(withPinned([4, 5, 6], [1, null], 10)).toEqual([1, 4, 5, 6]);
    expect(withPinned([4, 5, 6], [5, 9, 9], 10)).toEqual([4, 5, 6, 9]);
  });

  it('ignores blocks that do not exist (yet)', () => {
    expect(withPinned([0, 1], [2, -1], 2)).toEqual([0, 1]);
  });
});

describe('layoutFromSizes', () => {
  it('places blocks one after the other from the list top, with the gap between them', () => {
    const layout = layoutFromSizes(
      [
        { key: 'a', size: 900 },
        { key: 'g', size: 850 },
      ],
      300,
      40,
      1280,
    );
    expect(layout).toEqual({
      width: 1280,
      scrollMargin: 300,
      gap: 40,
      estimate: 900,
      measurements: [
        { index: 0, key: 'a', start: 300, size: 900, end: 1200, lane: 0 },
        { index: 1, key: 'g', start: 1240, size: 850, end: 2090, lane: 0 },
      ],
    });
  });
});
