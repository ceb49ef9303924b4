import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumb } from '@/components/Breadcrumb';
import { ErrorPanel } from '@/components/ErrorPanel';
import { useHydrated } from '@/components/useHydrated';
import { PageHead } from '@/components/PageHead';
import { sectionPath, sectionQueryOptions, useSite } from '@/features/feed';
import { errorMessage } from '@/features/errors/error-message';
import { ArticleList, loadVirtualList } from './ArticleList';
import { languageAttributes } from '@/lib/text-direction';
import { useAutoLoad } from './useAutoLoad';

export function SectionPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const site = useSite();
  // The loader has already turned an unknown slug into a 404.
  const section = site.sections.find((candidate) => candidate.slug === slug)!;
  const query = useSuspenseInfiniteQuery(sectionQueryOptions(section));
  const pages = query.data.pages;
  const articles = useMemo(() => pages.flatMap((page) => page.items), [pages]);
  const canLoadMore = query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError;
  const loadMore = () => {
    if (!canLoadMore) return;
    void query.fetchNextPage();
    // The list is virtualised past its first page: its code loads alongside the page.
    void loadVirtualList().catch(() => undefined);
  };
  const loadMoreButton = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();
  // A keyboard reader on the button decides when to load: auto-loading under them would remove the
  // focused button when the last page arrives.
  const sentinel = useAutoLoad(() => {
    if (document.activeElement !== loadMoreButton.current) loadMore();
  }, canLoadMore);
  // After "load more" by keyboard, focus goes to the first new article: the reader continues where
  // the list grew instead of staying on a button that moved down the page.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);

  return (
    <>
      <PageHead title={`${section.title} — ${site.name}`} description={section.description} path={sectionPath(section.slug)} siteName={site.name} locale={site.locale} image={site.icon} />
      <link rel="alternate" type="application/feed+json" title={`${site.name} — ${section.title}`} href={section.feedUrl} />
      <Breadcrumb label={t('article.breadcrumb')} items={[{ label: t('site.home'), to: '/' }, { label: section.title, lang: site.language }]} />
      <header className="mt-4 mb-8 border-b border-rule pb-6">
        <h1 id="section-title" className="font-heading text-headline font-bold text-ink" {...languageAttributes(site.language)}>
          {section.title}
        </h1>
        {section.description && (
          <p className="mt-2 text-body text-muted" {...languageAttributes(site.language)}>
            {section.description}
          </p>
        )}
      </header>

      {articles.length === 0 ? (
        <div className="rounded-lg border border-rule bg-paper-deep p-5">
          <p className="font-heading text-card-title font-bold text-ink">{t('section.empty')}</p>
          <p className="mt-2 text-body text-muted">{t('section.emptyHint')}</p>
        </div>
      ) : (
        <ArticleList
          key={section.slug}
          articles={articles}
          pageCount={pages.length}
          listKey={section.slug}
          labelledBy="section-title"
          focusIndex={focusIndex}
          onFocused={() => setFocusIndex(null)}
        />
      )}

      <div className="mt-10 flex flex-col items-center gap-4">
        {/* Always mounted, so the count is announced as the list grows; an empty list says so above. */}
        <p className="text-meta text-muted" role="status">
          {articles.length > 0 && t('section.shown', { count: articles.length })}
        </p>
        {query.isFetchNextPageError ? (
          <ErrorPanel
            message={errorMessage(query.error, t)}
            retryLabel={query.isFetchingNextPage ? t('errors.retrying') : t('errors.retry')}
            onRetry={() => void query.fetchNextPage()}
            retrying={query.isFetchingNextPage}
          />
        ) : query.hasNextPage ? (
          <button
            ref={loadMoreButton}
            type="button"
            className="button-primary"
            onClick={() => {
              setFocusIndex(articles.length);
              loadMore();
            }}
            disabled={!hydrated || query.isFetchingNextPage}
            aria-busy={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? t('section.loadingMore') : t('section.loadMore')}
          </button>
        ) : (
          articles.length > 0 && <p className="text-meta text-muted">{t('section.end')}</p>
        )}
        <div ref={sentinel} aria-hidden="true" />
      </div>
    </>
  );
}
