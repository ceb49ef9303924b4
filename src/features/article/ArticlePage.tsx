import { useInfiniteQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Breadcrumb, type BreadcrumbItem } from '@/components/Breadcrumb';
import { ResponsiveImage } from '@/components/ResponsiveImage';
import {
  ArticleCard,
  FormattedDate,
  articleQueryOptions,
  sectionPath,
  sectionQueryOptions,
  useSite,
  type Article,
  type Section,
} from '@/features/feed';
import { languageAttributes } from '@/lib/text-direction';
import { ArticleBody } from './ArticleBody';
import { ArticleHead } from './ArticleHead';

const RELATED_COUNT = 4;

export function ArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const queryClient = useQueryClient();
  const site = useSite();
  const article = useSuspenseQuery(articleQueryOptions(id, queryClient)).data;
  const section = site.sections.find((candidate) => candidate.slug === article.sectionSlug);
  const content = languageAttributes(article.language);
  const crumbs: BreadcrumbItem[] = [
    { label: t('site.home'), to: '/' },
    ...(section ? [{ label: section.title, to: sectionPath(section.slug) }] : []),
    { label: article.title },
  ];

  return (
    <>
      <ArticleHead article={article} section={section} site={site} homeLabel={t('site.home')} />
      <Breadcrumb label={t('article.breadcrumb')} items={crumbs} />

      <article className="mx-auto mt-6 max-w-measure">
        <header className="flex flex-col gap-4">
          {section && (
            <Link to={sectionPath(section.slug)} className="self-start font-heading text-meta font-bold text-accent hover:underline">
              {section.title}
            </Link>
          )}
          <h1 className="font-heading text-headline font-bold text-ink" {...content}>
            {article.title}
          </h1>
          {article.summary && (
            <p className="text-standfirst text-muted" {...content}>
              {article.summary}
            </p>
          )}
          <ArticleMeta article={article} />
        </header>

        {article.image && (
          <figure className="mt-8">
            <ResponsiveImage image={article.image} sizes="(min-width: 48rem) 44rem, 100vw" priority className="rounded-md" />
            {(article.image.caption || article.image.credit) && (
              <figcaption className="mt-2 text-meta text-muted">
                {article.image.caption && <span {...content}>{article.image.caption}</span>}
                {article.image.credit && <span className="ms-2 opacity-80">{t('article.credit', { credit: article.image.credit })}</span>}
              </figcaption>
            )}
          </figure>
        )}

        <div className="mt-8">
          <ArticleBody html={article.contentHtml} {...content} />
        </div>

        {article.externalUrl && (
          <p className="mt-8">
            <a href={article.externalUrl} rel="noopener noreferrer" className="link-quiet">
              {t('article.original')}
            </a>
          </p>
        )}

        {article.tags.length > 0 && (
          <section aria-labelledby="article-tags" className="mt-10 border-t border-rule pt-6">
            <h2 id="article-tags" className="sr-only">
              {t('article.tags')}
            </h2>
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag} className="chip" {...content}>
                  {tag}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>

      {section && <RelatedArticles section={section} currentId={article.id} />}
    </>
  );
}

function ArticleMeta({ article }: { article: Article }) {
  const { t } = useTranslation();
  const { locale } = useSite();
  const authors = article.authors.map((author) => author.name);
  const modified = article.dateModified && article.dateModified !== article.datePublished ? article.dateModified : undefined;
  return (
    <div className="flex flex-col gap-1 border-y border-rule py-3 text-meta text-muted">
      {authors.length > 0 && (
        <p className="font-bold text-ink">
          {t('article.byline')}{' '}
          {/* Names are isolated: a Latin byline must not reorder the Arabic around it. */}
          {new Intl.ListFormat(locale, { type: 'conjunction' }).formatToParts(authors).map((part, index) =>
            part.type === 'element' ? <bdi key={index}>{part.value}</bdi> : part.value,
          )}
        </p>
      )}
      <p className="flex flex-wrap gap-x-4">
        {article.datePublished && (
          <span>
            {t('article.published')} <FormattedDate iso={article.datePublished} withTime />
          </span>
        )}
        {modified && (
          <span>
            {t('article.updated')} <FormattedDate iso={modified} withTime />
          </span>
        )}
      </p>
    </div>
  );
}

/** Newest stories from the same section, from the section feed the loader fetched. */
function RelatedArticles({ section, currentId }: { section: Section; currentId: string }) {
  const { t } = useTranslation();
  const related = (useInfiniteQuery(sectionQueryOptions(section)).data?.pages[0]?.items ?? [])
    .filter((item) => item.id !== currentId)
    .slice(0, RELATED_COUNT);
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related" className="mt-14 border-t-2 border-ink pt-6">
      <h2 id="related" className="section-label">
        {t('article.related')}
      </h2>
      <ul className="grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-4">
        {related.map((item) => (
          <li key={item.id}>
            <ArticleCard article={item} headingLevel={3} showSection={false} />
          </li>
        ))}
      </ul>
    </section>
  );
}
