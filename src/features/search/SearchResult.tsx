import { Fragment } from 'react';
import { Link } from 'react-router';
import { FormattedDate, useSectionTitle, type SearchHit } from '@/features/feed';
import { languageAttributes } from '@/lib/text-direction';
import { highlight, type QueryTerm } from './query';

/**
 * One result: section and date, the headline (the link; its ::after covers the result, as on
 * article cards) and a snippet, the query's words marked in both. Headline and snippet keep the
 * article's own language and direction.
 */
export function SearchResult({ hit, terms }: { hit: SearchHit; terms: readonly QueryTerm[] }) {
  const sectionTitle = useSectionTitle(hit.sectionSlug);
  const content = languageAttributes(hit.language);
  return (
    <article className="group relative flex flex-col gap-1.5 rounded-md focus-within:outline-3 focus-within:outline-offset-4 focus-within:outline-focus">
      {(sectionTitle || hit.datePublished) && (
        <p className="flex flex-wrap items-baseline gap-x-2 text-meta text-muted">
          {sectionTitle && <span className="font-heading font-bold text-accent">{sectionTitle}</span>}
          {hit.datePublished && <FormattedDate iso={hit.datePublished} />}
        </p>
      )}
      <h2 className="font-heading text-card-title font-bold text-ink" {...content}>
        <Link
          to={hit.path}
          className="outline-none after:absolute after:inset-0 after:content-[''] group-hover:text-accent group-hover:underline group-hover:decoration-1 group-hover:underline-offset-8"
        >
          <Highlighted text={hit.title} terms={terms} />
        </Link>
      </h2>
      {hit.snippet && (
        <p className="text-summary text-muted" {...content}>
          <Highlighted text={hit.snippet} terms={terms} />
        </p>
      )}
    </article>
  );
}

/** Marks whole words, so Arabic letters never have to join across the edge of a mark. */
function Highlighted({ text, terms }: { text: string; terms: readonly QueryTerm[] }) {
  return highlight(text, terms).map((part, index) =>
    part.marked ? (
      <mark key={index} className="rounded-sm bg-accent-soft px-0.5 font-bold text-ink">
        {part.text}
      </mark>
    ) : (
      <Fragment key={index}>{part.text}</Fragment>
    ),
  );
}
