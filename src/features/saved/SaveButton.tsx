import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '@/features/feed';
import { BookmarkIcon } from './BookmarkIcon';
import { saveArticle, unsaveArticle, useIsSaved } from './saved-store';
import { useHydrated } from '@/components/useHydrated';

/**
 * A toggle: aria-pressed says whether the article is saved, and the name («احفظ: <title>») stays
 * the same in both states, as a toggle's should. On cards it is an icon above the card's stretched
 * link (relative z-10), reached with Tab right after the headline; on the article page it also
 * shows its word. Rendered unpressed on the server and while hydrating; the stored state follows.
 */
export function SaveButton({ article, withText = false }: { article: Article; withText?: boolean }) {
  const { t } = useTranslation();
  const saved = useIsSaved(article.id);
  const hydrated = useHydrated();
  const [refused, setRefused] = useState(false);
  return (
    <>
      <button
        type="button"
        disabled={!hydrated}
        aria-pressed={saved}
        aria-label={t('saved.save', { title: article.title })}
        onClick={() => setRefused(!(saved ? unsaveArticle(article.id) : saveArticle(article)))}
        className={`group/save relative z-10 inline-flex items-center justify-center rounded-md hover:text-accent aria-pressed:text-accent ${
          withText ? 'tool-button' : '-m-2.5 size-11 text-muted'
        }`}
      >
        <BookmarkIcon />
        {withText && t('saved.saveShort')}
      </button>
      {refused && (
        <p role="alert" className="relative z-10 basis-full text-meta text-accent">
          {t('saved.saveFailed')}
        </p>
      )}
    </>
  );
}
