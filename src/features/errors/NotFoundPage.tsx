import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { sectionPath, siteQueryOptions } from '@/features/feed';

/**
 * A real page, not a blank one: says what happened and offers a way on. Reads the site config
 * without suspending, so it still renders when the config itself is what failed.
 */
export function NotFoundPage({ what = 'page' }: { what?: 'page' | 'article' }) {
  const { t } = useTranslation();
  const site = useQuery(siteQueryOptions()).data;
  return (
    <div className="mx-auto max-w-measure py-10">
      {site && <title>{`${t('notFound.title')} — ${site.name}`}</title>}
      <meta name="robots" content="noindex" />
      <h1 className="font-heading text-headline font-bold text-ink">{t('notFound.title')}</h1>
      <p className="mt-4 text-body text-muted">{what === 'article' ? t('notFound.articleBody') : t('notFound.body')}</p>
      <p className="mt-6">
        <Link to="/" className="button-primary">
          {t('notFound.home')}
        </Link>
      </p>
      {site && site.sections.length > 0 && (
        <>
          <p className="mt-8 text-body text-muted">{t('notFound.sections')}</p>
          <ul className="mt-3 flex flex-wrap gap-3">
            {site.sections.map((section) => (
              <li key={section.slug}>
                <Link to={sectionPath(section.slug)} className="chip">
                  {section.title}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
