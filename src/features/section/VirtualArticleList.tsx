import { defaultRangeExtractor, measureElement, useWindowVirtualizer } from '@tanstack/react-virtual';
import { Fragment, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode, type Ref, type RefObject } from 'react';
import { listMetrics, withPinned, type ListLayout } from './virtual-layout';

export { focusedArticle, measurePlainList } from './virtual-layout';

/** A block's height before any has been measured (two rows of three cards, roughly). */
const FIRST_GUESS_BLOCK_HEIGHT = 900;

/** The layout of each list as the reader left it, so back navigation lands on the same card. */
const leftLayouts = new Map<string, ListLayout>();

export interface BlockPlacement {
  ref: Ref<HTMLDivElement>;
  className: string;
  style: CSSProperties;
}

/**
 * What the list is made of comes from the main bundle (ArticleList): a module shared with this
 * chunk would split the main bundle into more files, each costing a cold load more bytes.
 */
interface VirtualArticleListProps {
  listRef: RefObject<HTMLDivElement | null>;
  listKey: string;
  labelledBy: string;
  className: string;
  count: number;
  blockKey: (block: number) => string;
  renderBlock: (block: number, placement: BlockPlacement) => ReactNode;
  /** A block that must stay in the page: the one focus is about to move to. */
  pinnedBlock: number | null;
  initialLayout?: ListLayout;
}

/**
 * The section list, virtualised on the window's scroll (so the browser's and the router's scroll
 * restoration keep working): blocks of cards near the screen are in the page, placed by measured
 * height; the rest of the list is empty space of the right size. Loaded on demand (ArticleList).
 */
export function VirtualArticleList({ listRef, listKey, labelledBy, className, count, blockKey, renderBlock, pinnedBlock, initialLayout }: VirtualArticleListProps) {
  const [layout] = useState(() => {
    const known = initialLayout ?? leftLayouts.get(listKey);
    // Heights measured at another width are wrong at this one.
    return known?.width === window.innerWidth ? known : undefined;
  });
  const [metrics, setMetrics] = useState({ scrollMargin: layout?.scrollMargin ?? 0, gap: layout?.gap ?? 0 });
  const typicalHeight = useRef(layout?.estimate || FIRST_GUESS_BLOCK_HEIGHT);
  const [focusedBlock, setFocusedBlock] = useState<number | null>(null);

  const virtualizer = useWindowVirtualizer<HTMLDivElement>({
    count,
    getItemKey: blockKey,
    estimateSize: () => typicalHeight.current,
    measureElement: (element, entry, instance) => {
      const height = measureElement(element, entry, instance);
      // Every block but the last is full: the best guess for blocks not yet seen.
      if (instance.indexFromElement(element) < count - 1) typicalHeight.current = height;
      return height;
    },
    overscan: 1,
    scrollMargin: metrics.scrollMargin,
    gap: metrics.gap,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    initialMeasurementsCache: layout?.measurements,
    // The block holding focus stays in the page, so focus is never removed from under the reader.
    rangeExtractor: (range) => withPinned(defaultRangeExtractor(range), [focusedBlock, pinnedBlock], count),
  });

  // What is above the list can change height (fonts, a wrapping menu, a narrower window): follow it.
  useLayoutEffect(() => {
    const element = listRef.current!;
    const update = () => {
      const next = listMetrics(element);
      setMetrics((current) => (current.scrollMargin === next.scrollMargin && current.gap === next.gap ? current : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [listRef]);

  const latest = useRef({ metrics, listKey });
  useEffect(() => {
    latest.current = { metrics, listKey };
  });
  useEffect(
    () => () => {
      const { metrics, listKey } = latest.current;
      leftLayouts.set(listKey, { width: window.innerWidth, ...metrics, estimate: typicalHeight.current, measurements: virtualizer.takeSnapshot() });
    },
    [virtualizer],
  );

  return (
    <div
      role="list"
      aria-labelledby={labelledBy}
      ref={listRef}
      className={`relative ${className}`}
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={(event) => {
        const block = event.target.closest('[data-index]');
        if (block) setFocusedBlock(Number(block.getAttribute('data-index')));
      }}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocusedBlock(null);
      }}
    >
      {virtualizer.getVirtualItems().map((item) => (
        <Fragment key={item.key}>
          {renderBlock(item.index, {
            ref: virtualizer.measureElement,
            className: 'absolute inset-x-0 top-0',
            style: { transform: `translateY(${item.start - metrics.scrollMargin}px)` },
          })}
        </Fragment>
      ))}
    </div>
  );
}
