import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumb } from '@/components/Breadcrumb';
import { ErrorPanel } from '@/components/ErrorPanel';
import { useFocusOnGrowth } from '@/components/useFocusOnGrowth';
import { useHydrated } from '@/components/useHydrated';
import { PageHead } from '@/components/PageHead';
import { ArticleCard, sectionPath, sectionQueryOptions, useSite } from '@/features/feed';
import { errorMessage } from '@/features/errors/error-message';
import { CardActions } from '@/features/saved';
import { useAutoLoad } from './useAutoLoad';
import { languageAttributes } from '@/lib/text-direction';

export function SectionPage() {
  const { t } = useTranslation();
  const { slug } = useParams();
  const site = useSite();
  // The loader has already turned an unknown slug into a 404.
  const section = site.sections.find((candidate) => candidate.slug === slug)!;
  const query = useSuspenseInfiniteQuery(sectionQueryOptions(section));
  const articles = query.data.pages.flatMap((page) => page.items);
  const canLoadMore = query.hasNextPage && !query.isFetchingNextPage && !query.isFetchNextPageError;
  const loadMore = () => {
    if (canLoadMore) void query.fetchNextPage();
  };
  const loadMoreButton = useRef<HTMLButtonElement>(null);
  const hydrated = useHydrated();
  // A keyboard reader on the button decides when to load: auto-loading under them would remove the
  // focused button when the last page arrives.
  const sentinel = useAutoLoad(() => {
    if (document.activeElement !== loadMoreButton.current) loadMore();
  }, canLoadMore);
  const [listRef, armFocusOnGrowth] = useFocusOnGrowth<HTMLUListElement>(articles.length);

  return (
    <>
      <PageHead title={`${section.title} — ${site.name}`} description={section.description} path={sectionPath(section.slug)} siteName={site.name} locale={site.locale} image={site.icon} />
      <link rel="alternate" type="application/feed+json" title={`${site.name} — ${section.title}`} href={section.feedUrl} />
      <Breadcrumb label={t('article.breadcrumb')} items={[{ label: t('site.home'), to: '/' }, { label: section.title, lang: site.language }]} />
      <header className="mt-4 mb-8 border-b border-rule pb-6">
        <h1 className="font-heading text-headline font-bold text-ink" {...languageAttributes(site.language)}>
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
        <ul ref={listRef} className="grid gap-x-6 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
          {articles.map((article, index) => (
            <li key={article.id}>
              <ArticleCard article={article} headingLevel={2} showSection={false} priority={index === 0} actions={<CardActions article={article} />} />
            </li>
          ))}
        </ul>
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
              armFocusOnGrowth();
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
