import { useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Breadcrumb, type BreadcrumbItem } from '@/components/Breadcrumb';
import { ArticleCard, articleQueryOptions, sectionPath, sectionQueryOptions, useSite, type Section } from '@/features/feed';
import { ArticleHead } from './ArticleHead';
import { ArticleView } from './ArticleView';

const RELATED_COUNT = 4;

export function ArticlePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const site = useSite();
  const article = useSuspenseQuery(articleQueryOptions(id)).data;
  const section = site.sections.find((candidate) => candidate.slug === article.sectionSlug);
  const crumbs: BreadcrumbItem[] = [
    { label: t('site.home'), to: '/' },
    ...(section ? [{ label: section.title, to: sectionPath(section.slug) }] : []),
    { label: article.title },
  ];

  return (
    <>
      <ArticleHead article={article} section={section} site={site} homeLabel={t('site.home')} />
      <Breadcrumb label={t('article.breadcrumb')} items={crumbs} />

      <ArticleView article={article} section={section} />

      {section && <RelatedArticles section={section} currentId={article.id} />}
    </>
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
