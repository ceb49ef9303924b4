import { useInfiniteQuery, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorPanel } from '@/components/ErrorPanel';
import { JsonLd } from '@/components/JsonLd';
import { PageHead } from '@/components/PageHead';
import { ForwardArrow } from '@/components/icons';
import {
  ArticleCard,
  latestQueryOptions,
  sectionPath,
  sectionQueryOptions,
  useSite,
  type ArticleTeaser,
  type Section,
} from '@/features/feed';
import { errorMessage } from '@/features/errors/error-message';
import { CardActions } from '@/features/saved';
import { publicUrl } from '@/lib/public-url';

const LATEST_COUNT = 6;
const SECTION_BLOCK_COUNT = 4;

export function HomePage() {
  const { t } = useTranslation();
  const site = useSite();
  const latest = useSuspenseInfiniteQuery(latestQueryOptions(site)).data.pages[0]?.items ?? [];
  const lead = latest.find((item) => item.image) ?? latest[0];
  const newest = latest.filter((item) => item !== lead).slice(0, LATEST_COUNT);
  const shown = new Set([lead, ...newest].map((item) => item?.id));

  return (
    <>
      <PageHead title={`${site.name} — ${t('home.title')}`} description={site.description} path="/" siteName={site.name} locale={site.locale} image={site.icon} />
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'WebSite',
          name: site.name,
          description: site.description,
          url: publicUrl('/'),
          inLanguage: site.language,
          publisher: { '@type': 'NewsMediaOrganization', name: site.name, ...(site.icon ? { logo: publicUrl(site.icon) } : {}) },
        }}
      />
      <section aria-labelledby="home-title" className={lead ? 'border-b border-rule pb-8' : 'pb-8'}>
        <h1 id="home-title" className="section-label">
          {t('home.title')}
        </h1>
        {lead ? (
          <ArticleCard article={lead} headingLevel={2} variant="lead" priority actions={<CardActions article={lead} />} />
        ) : (
          <EmptyNotice title={t('home.empty')} hint={t('home.emptyHint')} />
        )}
        {newest.length > 0 && (
          <ul className="mt-8 grid gap-x-6 gap-y-8 border-t border-rule pt-8 sm:grid-cols-2 lg:grid-cols-3">
            {newest.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} headingLevel={2} actions={<CardActions article={article} />} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="grid grid-cols-1 gap-x-8 md:grid-cols-2">
        {site.sections.map((section) => (
          <SectionBlock key={section.slug} section={section} exclude={shown} />
        ))}
      </div>
    </>
  );
}

/** A section's newest stories, skipping those already shown higher on the page. */
function SectionBlock({ section, exclude }: { section: Section; exclude: Set<string | undefined> }) {
  const { t } = useTranslation();
  const query = useInfiniteQuery({
    ...sectionQueryOptions(section),
    // The loader started the request (and its retries): show how that ends instead of starting a
    // second round when the block mounts.
    retryOnMount: false,
    // A block that failed while the connection was down fills in when it comes back.
    refetchOnReconnect: true,
  });
  const items: ArticleTeaser[] = (query.data?.pages[0]?.items ?? []).filter((item) => !exclude.has(item.id)).slice(0, SECTION_BLOCK_COUNT);
  const headingId = `section-${section.slug}`;
  const [first, ...rest] = items;
  // A section with nothing published yet has nothing to show on the home page; its link stays in
  // the navigation, and the section page says it is empty.
  if (query.isSuccess && query.data.pages[0]?.items.length === 0) return null;

  return (
    <section aria-labelledby={headingId} className="border-b border-rule py-8">
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="font-heading text-section-title font-bold text-ink">
          <Link to={sectionPath(section.slug)} className="link-quiet">
            {section.title}
          </Link>
        </h2>
        <Link to={sectionPath(section.slug)} className="link-quiet inline-flex items-center gap-1 text-meta">
          {t('home.sectionLink', { section: section.title })}
          <ForwardArrow />
        </Link>
      </div>
      {query.isPending ? (
        <p role="status" className="text-meta text-muted">
          {t('home.loadingSection')}
        </p>
      ) : query.isError && !query.data ? (
        <ErrorPanel
          message={errorMessage(query.error, t)}
          retryLabel={query.isFetching ? t('errors.retrying') : t('errors.retry')}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      ) : (
        <div className="flex flex-col gap-6">
          {first && <ArticleCard article={first} headingLevel={3} showSection={false} actions={<CardActions article={first} />} />}
          {rest.length > 0 && (
            <ul className="flex flex-col gap-5 border-t border-rule pt-5">
              {rest.map((article) => (
                <li key={article.id}>
                  <ArticleCard article={article} headingLevel={3} variant="compact" showSection={false} actions={<CardActions article={article} />} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** Nothing published yet: not an error, but the reader is told so instead of facing a blank page. */
function EmptyNotice({ title, hint }: { title: string; hint: string }) {
  return (
    <div className="rounded-lg border border-rule bg-paper-deep p-5">
      <p className="font-heading text-card-title font-bold text-ink">{title}</p>
      <p className="mt-2 text-body text-muted">{hint}</p>
    </div>
  );
}
