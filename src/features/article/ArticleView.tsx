import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ResponsiveImage } from '@/components/ResponsiveImage';
import { FormattedDate, sectionPath, useSite, useUiLocale, type Article, type Section } from '@/features/feed';
import { readingMinutes } from '@/lib/reading-time';
import { languageAttributes } from '@/lib/text-direction';
import { ArticleBody } from './ArticleBody';
import { ReadingTime } from './ReadingTime';

interface ArticleViewProps {
  article: Article;
  section?: Section;
  /**
   * 1 on the article page. The editor preview shows the article inside its own page, whose h1 is
   * the workspace's, so it asks for a lower level; the look does not change.
   */
  headingLevel?: 1 | 2 | 3;
  /** What the reader can do with the article (save, share), under the byline. */
  actions?: ReactNode;
  /** The reading progress bar along the top of the window, on long articles (the reader's page). */
  progressBar?: boolean;
}

/**
 * Past this reading time an article runs over about two phone screens (18 px text, 180 words a
 * minute) and gets the reading progress bar.
 */
const LONG_READ_MINUTES = 2;

/** The article as readers see it: headline, standfirst, byline, hero image, body and tags. */
export function ArticleView({ article, section, headingLevel = 1, actions, progressBar = false }: ArticleViewProps) {
  const { t } = useTranslation();
  // Counting the body's words walks the whole text: once per article, not on every render.
  const minutes = useMemo(() => readingMinutes(article.contentHtml), [article.contentHtml]);
  const content = languageAttributes(article.language);
  const siteLanguage = useSite().language;
  const Headline = `h${headingLevel}` as const;
  const TagsHeading = `h${headingLevel + 1}` as 'h2' | 'h3' | 'h4';

  return (
    <article className="mx-auto mt-6 max-w-measure">
      {/* Decorative: the scroll position already says how far the reader is. CSS drives it. */}
      {progressBar && minutes >= LONG_READ_MINUTES && <div className="reading-progress" aria-hidden="true" />}
      <header className="flex flex-col gap-4">
        {section && (
          <Link to={sectionPath(section.slug)} className="self-start font-heading text-meta font-bold text-accent hover:underline" {...languageAttributes(siteLanguage)}>
            {section.title}
          </Link>
        )}
        <Headline className="font-heading text-headline font-bold text-ink" {...content}>
          {article.title}
        </Headline>
        {article.summary && (
          <p className="text-standfirst text-muted" {...content}>
            {article.summary}
          </p>
        )}
        <ArticleMeta article={article} minutes={minutes} />
        {actions && <div className="flex flex-wrap items-center gap-3">{actions}</div>}
      </header>

      {article.image && (
        <figure className="mt-8">
          <ResponsiveImage image={article.image} sizes="(min-width: 48rem) 44rem, 100vw" priority className="rounded-md" />
          {(article.image.caption || article.image.credit) && (
            <figcaption className="mt-2 text-meta text-muted">
              {article.image.caption && <span {...content}>{article.image.caption}</span>}
              {article.image.credit && <span className="ms-2">{t('article.credit', { credit: article.image.credit })}</span>}
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
          <TagsHeading id="article-tags" className="sr-only">
            {t('article.tags')}
          </TagsHeading>
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
  );
}

function ArticleMeta({ article, minutes }: { article: Article; minutes: number }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const authors = article.authors.map((author) => author.name);
  const modified = article.dateModified && article.dateModified !== article.datePublished ? article.dateModified : undefined;
  return (
    <div className="flex flex-col gap-1 border-y border-rule py-3 text-meta text-muted">
      {authors.length > 0 && (
        <p className="font-heading font-bold text-ink">
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
        <ReadingTime minutes={minutes} />
      </p>
    </div>
  );
}
