import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ResponsiveImage } from '@/components/ResponsiveImage';
import { languageAttributes } from '@/lib/text-direction';
import { useSectionTitle, useSite } from '../hooks';
import type { ArticleTeaser } from '../model';
import { usePrefetchArticle } from '../prefetch';
import { FormattedDate } from './FormattedDate';

export type CardVariant = 'lead' | 'standard' | 'compact';

interface ArticleCardProps {
  article: ArticleTeaser;
  headingLevel: 2 | 3;
  variant?: CardVariant;
  /** The lead story's image is the page's largest paint: do not lazy-load it. */
  priority?: boolean;
  /** Hide the section label where the whole list is one section. */
  showSection?: boolean;
  /**
   * Controls at the foot of the card (save, remove). They must sit above the stretched link
   * (relative z-10) to be clicked. A [data-read] element among them dims the headline.
   */
  actions?: ReactNode;
  /** Fetch the article ahead (hover, focus, on screen). Off for a draft: the feed does not have it yet. */
  prefetch?: boolean;
}

const IMAGE_SIZES: Record<CardVariant, string> = {
  lead: '(min-width: 64rem) 44rem, 100vw',
  standard: '(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, 100vw',
  compact: '8rem',
};

const TITLE_CLASS: Record<CardVariant, string> = {
  lead: 'text-lead-title',
  standard: 'text-card-title',
  compact: 'text-compact-title',
};

/**
 * An article as a card. The headline is the link; its ::after stretches over the card so the whole
 * card is clickable while screen readers hear one link with the headline as its name. Headline and
 * summary carry the item's own language and direction; labels stay in the UI language.
 */
export function ArticleCard({ article, headingLevel, variant = 'standard', priority = false, showSection = true, actions, prefetch: prefetching = true }: ArticleCardProps) {
  const sectionTitle = useSectionTitle(showSection ? article.sectionSlug : undefined);
  const site = useSite();
  const Heading = `h${headingLevel}` as const;
  const content = languageAttributes(article.language);
  const compact = variant === 'compact';
  const prefetch = usePrefetchArticle(article.id, prefetching);

  return (
    <article
      className={`group relative flex gap-3 rounded-md focus-within:outline-3 focus-within:outline-offset-4 focus-within:outline-focus ${
        compact ? 'flex-row items-start' : variant === 'lead' ? 'flex-col lg:grid lg:grid-cols-[3fr_2fr] lg:items-center lg:gap-8' : 'flex-col'
      }`}
    >
      {article.image && (
        <div className={compact ? 'w-28 shrink-0 sm:w-32' : 'w-full'}>
          <ResponsiveImage
            image={article.image}
            sizes={IMAGE_SIZES[variant]}
            priority={priority}
            className={`rounded-md ${compact ? 'aspect-[4/3]' : ''}`}
          />
        </div>
      )}
      <div className="flex min-w-0 flex-1 flex-col gap-1.5">
        {(sectionTitle || article.datePublished) && (
          <p className="flex flex-wrap items-baseline gap-x-2 text-meta text-muted">
            {sectionTitle && (
              <span className="font-heading font-bold text-accent" {...languageAttributes(site.language)}>
                {sectionTitle}
              </span>
            )}
            {article.datePublished && <FormattedDate iso={article.datePublished} />}
          </p>
        )}
        <Heading className={`font-heading font-bold text-ink group-has-[[data-read]]:text-muted ${TITLE_CLASS[variant]}`} {...content}>
          <Link
            {...prefetch}
            to={article.path}
            className="outline-none after:absolute after:inset-0 after:content-[''] group-hover:text-accent group-hover:underline group-hover:decoration-1 group-hover:underline-offset-8"
          >
            {article.title}
          </Link>
        </Heading>
        {!compact && article.summary && (
          <p className={`text-muted ${variant === 'lead' ? 'text-body' : 'text-summary line-clamp-3'}`} {...content}>
            {article.summary}
          </p>
        )}
        {actions}
      </div>
    </article>
  );
}
