import { useEffect, useRef } from 'react';

/**
 * After "load more" by keyboard, focus goes to the first new item's link, so the reader continues
 * where the list grew instead of staying on a button that moved down the page. Call `arm()` when
 * the reader asks for more; the hook acts once the list has grown.
 */
export function useFocusOnGrowth<List extends HTMLElement>(count: number) {
  const list = useRef<List>(null);
  const armedAt = useRef<number | null>(null);
  useEffect(() => {
    const from = armedAt.current;
    if (from === null || count <= from) return;
    armedAt.current = null;
    list.current?.children[from]?.querySelector<HTMLAnchorElement>('a[href]')?.focus();
  }, [count]);
  const arm = () => {
    armedAt.current = count;
  };
  return [list, arm] as const;
}
