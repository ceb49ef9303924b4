import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLoaderData } from 'react-router';
import { ArticleCard, useSite, useUiLocale, type ArticleSchema } from '@/features/feed';
import { CardActions } from './CardActions';
import type { SavedCopy } from './saved-copies';
import { unsaveArticle } from './saved-store';
import { useSavedCopies } from './useSavedCopies';

/**
 * The reader's saved articles, newest saved first, from the copies on this device: it reads the
 * same online and offline, and is never pre-rendered (nobody else's list is the same). Removing
 * one moves focus to the next remove button (or the heading when none is left) and says so.
 */
export function SavedPage() {
  const { t } = useTranslation();
  const site = useSite();
  const uiLocale = useUiLocale();
  const copies = useSavedCopies(useLoaderData<ArticleSchema>());
  const [announcement, setAnnouncement] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const focusAfterRemoval = useRef<number>(undefined);

  useEffect(() => {
    const index = focusAfterRemoval.current;
    if (index === undefined) return;
    focusAfterRemoval.current = undefined;
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('button[data-remove]') ?? [];
    (buttons[Math.min(index, buttons.length - 1)] ?? heading.current)?.focus();
  }, [copies]);

  const remove = (copy: SavedCopy, index: number) => {
    focusAfterRemoval.current = index;
    unsaveArticle(copy.id);
    setAnnouncement(t('saved.removed', { title: copy.article.title }));
  };

  return (
    <>
      <title>{t('saved.pageTitle', { site: site.name })}</title>
      <meta name="robots" content="noindex" />
      <header className="mb-8 border-b border-rule pb-6">
        <h1 ref={heading} tabIndex={-1} className="font-heading text-headline font-bold text-ink">
          {t('saved.title')}
        </h1>
        <p className="mt-2 text-body text-muted">{t('saved.intro')}</p>
      </header>
      <p role="status" className="sr-only">
        {announcement}
      </p>

      {copies.length === 0 ? (
        <div className="rounded-lg border border-rule bg-paper-deep p-5">
          <p className="font-heading text-card-title font-bold text-ink">{t('saved.empty')}</p>
          <p className="mt-2 text-body text-muted">{t('saved.emptyHint')}</p>
          <Link to="/" className="button-primary mt-4">
            {t('saved.browse')}
          </Link>
        </div>
      ) : (
        <>
          <p className="mb-6 text-meta text-muted">{t('saved.count', { count: copies.length, formatParams: { count: { locale: uiLocale } } })}</p>
          <ul ref={list} className="grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
            {copies.map((copy, index) => (
              <li key={copy.id}>
                <ArticleCard
                  article={copy.article}
                  headingLevel={2}
                  actions={
                    <CardActions
                      article={copy.article}
                      control={
                        <button
                          type="button"
                          data-remove
                          aria-label={t('saved.remove', { title: copy.article.title })}
                          onClick={() => remove(copy, index)}
                          className="tool-button relative z-10"
                        >
                          {t('saved.removeShort')}
                        </button>
                      }
                    />
                  }
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
