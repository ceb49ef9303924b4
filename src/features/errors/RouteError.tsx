import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useParams, useRouteError } from 'react-router';
import { ErrorPanel } from '@/components/ErrorPanel';
import { NotFoundPage } from './NotFoundPage';
import { errorMessage, isNotFound } from './error-message';
import { useRetryRoute } from './useRetryRoute';

/**
 * The error boundary of each view. A failure stays inside the view: header and navigation keep
 * working, and "retry" loads the view again. Only a page that does not exist (an unknown path or
 * section, an article the feed does not have) is "not found"; a missing list feed is the site's
 * trouble, said as such, with a retry.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const params = useParams();
  const { retry, retrying } = useRetryRoute();

  if (isNotFound(error) && (isRouteErrorResponse(error) || params.id)) return <NotFoundPage what={params.id ? 'article' : 'page'} />;
  if (import.meta.env.DEV) console.error(error);

  return (
    <div className="mx-auto max-w-measure py-10">
      <h1 className="mb-6 font-heading text-headline font-bold text-ink">{t('errors.title')}</h1>
      <ErrorPanel message={errorMessage(error, t)} retryLabel={retrying ? t('errors.retrying') : t('errors.retry')} retrying={retrying} onRetry={retry}>
        <Link to="/" className="link-quiet">
          {t('errors.home')}
        </Link>
      </ErrorPanel>
    </div>
  );
}
