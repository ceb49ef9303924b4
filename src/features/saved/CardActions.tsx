import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleTeaser } from '@/features/feed';
import { useIsRead } from './read-marks';
import { SaveButton } from './SaveButton';

/**
 * The foot of an article card: «قرأته» once the reader has opened the article (the card dims its
 * headline when it holds [data-read]), and at the end the save toggle, or another control.
 */
export function CardActions({ article, control = <SaveButton article={article} /> }: { article: ArticleTeaser; control?: ReactNode }) {
  const { t } = useTranslation();
  const read = useIsRead(article.id);
  return (
    <div className="mt-1 flex flex-wrap items-center justify-end gap-x-3 text-meta text-muted">
      {read && (
        <span data-read className="me-auto inline-flex items-center gap-1">
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="m3 8.5 3 3 7-7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t('saved.read')}
        </span>
      )}
      {control}
    </div>
  );
}
