import type { VirtualItem } from '@tanstack/react-virtual';

/**
 * The blocks to render: the virtualiser's range plus pinned blocks — the one holding focus, the one
 * focus is about to move to — so keyboard focus is never removed from under the reader. In order
 * (DOM order is reading order), each once, only blocks that exist.
 */
export function withPinned(range: readonly number[], pinned: readonly (number | null)[], count: number): number[] {
  const extra = pinned.filter((block): block is number => block !== null && block >= 0 && block < count && !range.includes(block));
  return [...range, ...new Set(extra)].sort((a, b) => a - b);
}

/**
 * Where the list's blocks sit, kept to place them exactly when the list is virtualised (from the
 * plain list on screen) or comes back (on back navigation): sizes by block key, the height guessed
 * for blocks never measured, and the list's offset from the top of the document and gap between
 * blocks, for a window of this width.
 */
export interface ListLayout {
  width: number;
  scrollMargin: number;
  gap: number;
  estimate: number;
  measurements: VirtualItem[];
}

/** Blocks one after the other, from their measured heights; the first (a full block) is the guess for others. */
export function layoutFromSizes(sizes: readonly { key: string; size: number }[], scrollMargin: number, gap: number, width: number): ListLayout {
  let start = scrollMargin;
  const measurements = sizes.map(({ key, size }, index): VirtualItem => {
    const item = { index, key, start, size, end: start + size, lane: 0 };
    start += size + gap;
    return item;
  });
  return { width, scrollMargin, gap, estimate: measurements[0]?.size ?? 0, measurements };
}

/** The plain list's layout as it is on screen, to virtualise it without moving a card. */
export function measurePlainList(list: HTMLElement, blockKeys: (block: number) => string): ListLayout {
  const { scrollMargin, gap } = listMetrics(list);
  const sizes = [...list.children].map((block, index) => ({ key: blockKeys(index), size: (block as HTMLElement).offsetHeight }));
  return layoutFromSizes(sizes, scrollMargin, gap, window.innerWidth);
}

/** The list's offset from the top of the document and its gap between blocks, in pixels. */
export function listMetrics(list: HTMLElement): { scrollMargin: number; gap: number } {
  return { scrollMargin: Math.round(list.getBoundingClientRect().top + window.scrollY), gap: parseFloat(getComputedStyle(list).rowGap) || 0 };
}

/** Position in the list of the article whose link has focus, if one has. */
export function focusedArticle(list: HTMLElement): number | null {
  const item = list.contains(document.activeElement) ? document.activeElement?.closest('[aria-posinset]') : null;
  return item ? Number(item.getAttribute('aria-posinset')) - 1 : null;
}
