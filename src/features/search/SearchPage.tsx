import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorPanel } from '@/components/ErrorPanel';
import { useFocusOnGrowth } from '@/components/useFocusOnGrowth';
import { isFeedError, sectionPath, useSite, type SearchPage as ResultsPage, type SearchParams } from '@/features/feed';
import { errorMessage } from '@/features/errors/error-message';
import { parseQuery, type QueryTerm } from './query';
import { SearchResult } from './SearchResult';
import { readSearchParams, searchPath } from './search-params';
import { searchQueryOptions } from './search-queries';

/**
 * /search?q=…&section=…: the results of the words in the URL, so Back, Forward and shared links
 * show the same search. Not for search engines (noindex).
 */
export function SearchPage() {
  const { t } = useTranslation();
  const site = useSite();
  const [searchParams] = useSearchParams();
  const params = readSearchParams(searchParams);
  const query = params.q.trim();

  return (
    <>
      <title>{query ? t('search.titleWithQuery', { query, site: site.name }) : t('search.title', { site: site.name })}</title>
      <meta name="robots" content="noindex" />
      <header className="mb-6 border-b border-rule pb-6">
        <h1 className="font-heading text-headline font-bold text-ink">
          {query ? <Trans i18nKey="search.headingWithQuery" values={{ query }} components={{ query: <bdi /> }} /> : t('search.heading')}
        </h1>
      </header>
      <SearchResults params={params} />
    </>
  );
}

function SearchResults({ params }: { params: SearchParams }) {
  const { t } = useTranslation();
  const site = useSite();
  const queryClient = useQueryClient();
  // The route's loader ran this query; a failure it met is shown here, with a retry, rather than
  // taking the whole page (and the search field's context) down.
  const searching = params.q.trim() !== '';
  const query = useInfiniteQuery({ ...searchQueryOptions(queryClient, params), enabled: searching, retryOnMount: false });
  const terms = useMemo(() => parseQuery(params.q), [params.q]);
  const pages: ResultsPage[] = query.data?.pages ?? [];
  const hits = pages.flatMap((page) => page.hits);
  const total = pages[0]?.total ?? 0;
  const sectionTitle = site.sections.find((section) => section.slug === params.section)?.title ?? params.section;
  const [listRef, armFocusOnGrowth] = useFocusOnGrowth<HTMLOListElement>(hits.length);

  const status = !searching || (query.isError && !query.data)
    ? ''
    : query.isPending
      ? t('search.searching')
      : [t('search.count', { count: total }), params.section ? t('search.inSection', { section: sectionTitle }) : ''].join(' ').trim();

  return (
    <>
      {/* Always rendered, so the count is announced as the words change, from the first ones on. */}
      <p role="status" className={status ? 'mb-4 text-meta font-bold text-muted' : 'sr-only'}>
        {status}
      </p>
      {!searching ? (
        <div className="max-w-measure">
          <p className="text-body text-ink">{t('search.prompt')}</p>
          <p className="mt-2 hidden text-body text-muted sm:block">{t('search.shortcut')}</p>
          <BrowseSections />
        </div>
      ) : query.isError && !query.data ? (
        <ErrorPanel
          message={isFeedError(query.error) && query.error.kind === 'not-found' ? t('search.unavailable') : errorMessage(query.error, t)}
          retryLabel={t('errors.retry')}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        query.data && (
          <>
            <SectionFilter params={params} counts={pages[0]?.sectionCounts} />
            {hits.length === 0 ? (
              <NoResults params={params} terms={terms} counts={pages[0]?.sectionCounts} sectionTitle={sectionTitle} />
            ) : (
              <ol ref={listRef} aria-label={t('search.results')} className="max-w-measure divide-y divide-rule">
                {hits.map((hit) => (
                  <li key={hit.id} className="py-5 first:pt-0">
                    <SearchResult hit={hit} terms={terms} />
                  </li>
                ))}
              </ol>
            )}
            {query.isFetchNextPageError ? (
              <div className="mt-6 max-w-measure">
                <ErrorPanel message={errorMessage(query.error, t)} retryLabel={t('errors.retry')} onRetry={() => void query.fetchNextPage()} retrying={query.isFetchingNextPage} />
              </div>
            ) : (
              query.hasNextPage && (
                <div className="mt-8 flex max-w-measure justify-center">
                  <button
                    type="button"
                    className="button-primary"
                    onClick={() => {
                      armFocusOnGrowth();
                      void query.fetchNextPage();
                    }}
                    disabled={query.isFetchingNextPage}
                    aria-busy={query.isFetchingNextPage}
                  >
                    {query.isFetchingNextPage ? t('search.loadingMore') : t('search.loadMore')}
                  </button>
                </div>
              )
            )}
          </>
        )
      )}
    </>
  );
}

/**
 * Links that narrow the same words to one section: each shows how many results it holds (when
 * known), sections without any are left out. The URL carries the choice (`&section=world`).
 */
function SectionFilter({ params, counts }: { params: SearchParams; counts: Record<string, number> | undefined }) {
  const { t } = useTranslation();
  const site = useSite();
  const sections = site.sections.filter((section) => !counts || counts[section.slug] || section.slug === params.section);
  const all = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : undefined;
  if (all === 0 && !params.section) return null;
  const options = [{ slug: undefined, title: t('search.allSections'), count: all }, ...sections.map((section) => ({ ...section, count: counts?.[section.slug] ?? (counts ? 0 : undefined) }))];

  return (
    <nav aria-label={t('search.filters')} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {options.map((option) => {
          const current = option.slug === params.section;
          return (
            <li key={option.slug ?? ''}>
              <Link
                to={searchPath({ q: params.q, section: option.slug })}
                aria-current={current ? 'page' : undefined}
                className={`chip inline-flex min-h-11 items-center gap-1.5 ${current ? 'border-accent font-bold text-accent' : ''}`}
              >
                {option.title}
                {option.count !== undefined && <span className={current ? '' : 'text-muted'}>({option.count})</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function NoResults({ params, terms, counts, sectionTitle }: { params: SearchParams; terms: QueryTerm[]; counts: Record<string, number> | undefined; sectionTitle: string | undefined }) {
  const { t } = useTranslation();
  const elsewhere = params.section && counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : 0;
  return (
    <div className="max-w-measure">
      <p className="text-body text-ink">{params.section ? t('search.emptyInSection', { section: sectionTitle }) : t('search.empty')}</p>
      <p className="mt-4 text-body text-muted">{t('search.suggestions')}</p>
      <ul className="mt-2 list-disc ps-6 text-body text-muted">
        {elsewhere > 0 && (
          <li>
            <Link to={searchPath({ q: params.q })} className="link-quiet">
              {t('search.suggestAllSections')}
            </Link>{' '}
            ({t('search.count', { count: elsewhere })})
          </li>
        )}
        <li>{t('search.suggestSpelling')}</li>
        {terms.length > 1 && <li>{t('search.suggestFewerWords')}</li>}
      </ul>
      <BrowseSections />
    </div>
  );
}

function BrowseSections() {
  const { t } = useTranslation();
  const site = useSite();
  if (site.sections.length === 0) return null;
  return (
    <>
      <p className="mt-8 text-body text-muted">{t('search.browse')}</p>
      <ul className="mt-3 flex flex-wrap gap-3">
        {site.sections.map((section) => (
          <li key={section.slug}>
            <Link to={sectionPath(section.slug)} className="chip inline-flex min-h-11 items-center">
              {section.title}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
