import { useTranslation } from 'react-i18next';
import { Link, useParams, useRevalidator, useRouteError } from 'react-router';
import { ErrorPanel } from '@/components/ErrorPanel';
import { NotFoundPage } from './NotFoundPage';
import { errorMessage, isNotFound } from './error-message';

/**
 * The error boundary of each view. A failure stays inside the view: header and navigation keep
 * working, and "retry" runs the view's loader again.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const revalidator = useRevalidator();
  const params = useParams();

  if (isNotFound(error)) return <NotFoundPage what={params.id ? 'article' : 'page'} />;
  if (import.meta.env.DEV) console.error(error);

  return (
    <div className="mx-auto max-w-measure py-10">
      <h1 className="mb-6 font-heading text-headline font-bold text-ink">{t('errors.title')}</h1>
      <ErrorPanel
        message={errorMessage(error, t)}
        retryLabel={revalidator.state === 'loading' ? t('errors.retrying') : t('errors.retry')}
        retrying={revalidator.state === 'loading'}
        onRetry={() => void revalidator.revalidate()}
      >
        <Link to="/" className="link-quiet">
          {t('errors.home')}
        </Link>
      </ErrorPanel>
    </div>
  );
}
