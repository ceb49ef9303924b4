import { useInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLoaderData, useParams } from 'react-router';
import { ArticleCard, articleQueryOptions, sectionQueryOptions, useSite, type Article, type Section } from '@/features/feed';
import { CardActions, markRead, SaveButton, SavedCopyNote } from '@/features/saved';
import type { ArticleLoaderData } from './article-loader';
import { ArticleBreadcrumb } from './ArticleBreadcrumb';
import { ArticleHead } from './ArticleHead';
import { ArticleView } from './ArticleView';
import { ShareButton } from './ShareButton';

const RELATED_COUNT = 4;

/** The article from the feed, or the reader's saved copy when the loader could not reach the feed. */
export function ArticlePage() {
  const savedCopy = useLoaderData<ArticleLoaderData>()?.savedCopy;
  return savedCopy ? <ArticleScreen article={savedCopy.article} savedAt={savedCopy.savedAt} /> : <FeedArticle />;
}

function FeedArticle() {
  const { id = '' } = useParams();
  return <ArticleScreen article={useSuspenseQuery(articleQueryOptions(id)).data} />;
}

function ArticleScreen({ article, savedAt }: { article: Article; savedAt?: string }) {
  const { t } = useTranslation();
  const site = useSite();
  const section = site.sections.find((candidate) => candidate.slug === article.sectionSlug);

  useEffect(() => markRead(article.id), [article.id]);

  return (
    <>
      <ArticleHead article={article} section={section} site={site} homeLabel={t('site.home')} />
      <ArticleBreadcrumb article={article} section={section} />
      {savedAt && <SavedCopyNote savedAt={savedAt} />}

      <ArticleView
        progressBar
        article={article}
        section={section}
        actions={
          <>
            <SaveButton article={article} withText />
            <ShareButton article={article} />
          </>
        }
      />

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
    <section aria-labelledby="related" className="mt-14 border-t-2 border-ink pt-6 print:hidden">
      <h2 id="related" className="section-label">
        {t('article.related')}
      </h2>
      <ul className="grid gap-x-6 gap-y-8 sm:grid-cols-2 lg:grid-cols-4">
        {related.map((item) => (
          <li key={item.id}>
            <ArticleCard article={item} headingLevel={3} showSection={false} actions={<CardActions article={item} />} />
          </li>
        ))}
      </ul>
    </section>
  );
}
