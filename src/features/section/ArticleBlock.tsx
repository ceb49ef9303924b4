import { useEffect, type CSSProperties, type Ref, type RefObject } from 'react';
import { ArticleCard, type ArticleTeaser } from '@/features/feed';
import { CardActions } from '@/features/saved';
import { BLOCK_SIZE, blockItems } from './blocks';

/** The list: blocks one under the other. Its row gap is read back when blocks are placed by script. */
export const LIST_CLASS = 'flex flex-col gap-y-10';

interface ArticleBlockProps {
  articles: readonly ArticleTeaser[];
  block: number;
  ref?: Ref<HTMLDivElement>;
  className?: string;
  style?: CSSProperties;
}

/**
 * Six cards, as whole rows of the responsive grid. The block itself is not part of the list's
 * semantics (role none): screen readers hear one list of every loaded article, each with its
 * position and the count (aria-posinset/aria-setsize), even when only some are in the page.
 */
export function ArticleBlock({ articles, block, ref, className = '', style }: ArticleBlockProps) {
  return (
    <div role="none" ref={ref} data-index={block} style={style} className={`grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3 ${className}`}>
      {blockItems(articles, block).map((article, offset) => {
        const index = block * BLOCK_SIZE + offset;
        return (
          <div role="listitem" key={article.id} aria-posinset={index + 1} aria-setsize={articles.length}>
            <ArticleCard article={article} headingLevel={2} showSection={false} priority={index === 0} actions={<CardActions article={article} />} />
          </div>
        );
      })}
    </div>
  );
}

/**
 * Moves focus to the link of article `index` once the list shows it (the first article of a page
 * the reader asked for by keyboard), then reports it done.
 */
export function useFocusArticle(list: RefObject<HTMLElement | null>, index: number | null, onFocused: () => void) {
  useEffect(() => {
    if (index === null) return;
    const link = list.current?.querySelector<HTMLElement>(`[aria-posinset="${index + 1}"] a[href]`);
    if (!link) return;
    link.focus();
    onFocused();
  });
}
