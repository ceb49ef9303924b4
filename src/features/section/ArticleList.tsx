import { useEffect, useRef, useState } from 'react';
import type { ArticleTeaser } from '@/features/feed';
import { ArticleBlock, LIST_CLASS, useFocusArticle } from './ArticleBlock';
import { blockCount, blockKey, blockOf } from './blocks';
import type { ListLayout } from './virtual-layout';

type VirtualListModule = typeof import('./VirtualArticleList');
let virtualList: VirtualListModule | undefined;
let virtualListLoading: Promise<VirtualListModule> | undefined;

/**
 * The virtualised list and its library load only once a reader goes past a section's first page:
 * the first page (what is pre-rendered, and all most readers see) needs neither.
 */
export function loadVirtualList(): Promise<VirtualListModule> {
  virtualListLoading ??= import('./VirtualArticleList').then(
    (module) => (virtualList = module),
    (error: unknown) => {
      virtualListLoading = undefined;
      throw error;
    },
  );
  return virtualListLoading;
}

export interface ArticleListProps {
  articles: readonly ArticleTeaser[];
  /** How many feed pages the articles came in: past the first, the list is virtualised. */
  pageCount: number;
  /** Names the list, to find its layout again on back navigation. */
  listKey: string;
  /** The id of the heading that names the list for screen readers. */
  labelledBy: string;
  /** The article to focus once listed (the first of a page the reader asked for by keyboard). */
  focusIndex: number | null;
  onFocused: () => void;
}

interface Virtualised {
  module: VirtualListModule;
  /** The plain list's layout, measured on screen just before the switch. */
  layout?: ListLayout;
  /** The article whose link had focus in the plain list: it gets focus back in the new one. */
  focusIndex: number | null;
}

/**
 * A section's articles. The first page is a plain list, the same on the server and in the first
 * render in the browser (it hydrates). Past it, the list is virtualised: only the blocks near the
 * screen are in the page, however many pages were loaded. The switch keeps every card where it
 * was and focus where it was.
 */
export function ArticleList({ articles, pageCount, listKey, labelledBy, focusIndex, onFocused }: ArticleListProps) {
  const list = useRef<HTMLDivElement>(null);
  const virtualise = pageCount > 1;
  // Coming back to a long list, the code is there already: virtualised from the first render.
  const [virtual, setVirtual] = useState<Virtualised | undefined>(() => (virtualise && virtualList ? { module: virtualList, focusIndex: null } : undefined));
  const focusTarget = focusIndex ?? virtual?.focusIndex ?? null;
  useFocusArticle(list, focusTarget, () => {
    if (virtual?.focusIndex != null) setVirtual({ ...virtual, focusIndex: null });
    onFocused();
  });

  useEffect(() => {
    if (!virtualise || virtual) return;
    let current = true;
    loadVirtualList().then(
      (module) => {
        const plain = list.current;
        if (!current || !plain) return;
        setVirtual({ module, layout: module.measurePlainList(plain, (block) => blockKey(articles, block)), focusIndex: module.focusedArticle(plain) });
      },
      // Offline, say: the plain list goes on, every article in it.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [virtualise, virtual, articles]);

  const count = blockCount(articles.length);
  if (virtual) {
    const { VirtualArticleList } = virtual.module;
    return (
      <VirtualArticleList
        listRef={list}
        listKey={listKey}
        labelledBy={labelledBy}
        className={LIST_CLASS}
        count={count}
        blockKey={(block) => blockKey(articles, block)}
        renderBlock={(block, placement) => <ArticleBlock articles={articles} block={block} {...placement} />}
        pinnedBlock={focusTarget === null ? null : blockOf(focusTarget)}
        initialLayout={virtual.layout}
      />
    );
  }
  return (
    <div role="list" aria-labelledby={labelledBy} ref={list} className={LIST_CLASS}>
      {Array.from({ length: count }, (_, block) => (
        <ArticleBlock key={blockKey(articles, block)} articles={articles} block={block} />
      ))}
    </div>
  );
}
