import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articleQueryOptions, type Article, type ArticleTeaser } from '@/features/feed';
import { BookmarkIcon } from './BookmarkIcon';
import { saveArticle, unsaveArticle, useIsSaved } from './saved-store';
import { useHydrated } from '@/components/useHydrated';

/**
 * A toggle: aria-pressed says whether the article is saved, and the name («احفظ: <title>») stays
 * the same in both states, as a toggle's should. On cards it is an icon above the card's stretched
 * link (relative z-10), reached with Tab right after the headline; on the article page it also
 * shows its word. Rendered unpressed on the server and while hydrating; the stored state follows.
 * Cards hold teasers: saving from one fetches the whole article first (usually prefetched already),
 * since the saved copy must be readable offline.
 */
export function SaveButton({ article, withText = false }: { article: Article | ArticleTeaser; withText?: boolean }) {
  const { t } = useTranslation();
  const saved = useIsSaved(article.id);
  const hydrated = useHydrated();
  /** Why the last attempt to save failed: the device refused to store it, or the article never arrived. */
  const [failure, setFailure] = useState<'saveFailed' | 'saveUnreachable'>();
  const queryClient = useQueryClient();
  const toggle = async () => {
    if (saved) return unsaveArticle(article.id) ? undefined : 'saveFailed';
    const whole = 'contentHtml' in article ? article : await queryClient.ensureQueryData(articleQueryOptions(article.id)).catch(() => undefined);
    if (whole === undefined) return 'saveUnreachable';
    return saveArticle(whole) ? undefined : 'saveFailed';
  };
  return (
    <>
      <button
        type="button"
        disabled={!hydrated}
        aria-pressed={saved}
        aria-label={t('saved.save', { title: article.title })}
        onClick={() => void toggle().then(setFailure)}
        className={`group/save relative z-10 inline-flex items-center justify-center rounded-md hover:text-accent aria-pressed:text-accent ${
          withText ? 'tool-button' : '-m-2.5 size-11 text-muted'
        }`}
      >
        <BookmarkIcon />
        {withText && t('saved.saveShort')}
      </button>
      {failure && (
        <p role="alert" className="relative z-10 basis-full text-meta text-accent">
          {t(`saved.${failure}`)}
        </p>
      )}
    </>
  );
}
