import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ErrorPanel } from '@/components/ErrorPanel';
import { errorMessage } from '@/features/errors/error-message';
import { useRetryRoute } from '@/features/errors/useRetryRoute';
import { SkipLink } from './RootLayout';

/**
 * When the site config itself cannot be read there is no navigation to show; the reader still gets a
 * page that says what happened, in Arabic, and a retry.
 */
export function RootError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const { retry, retrying } = useRetryRoute();
  return (
    <>
      <SkipLink />
      <main id="main" className="mx-auto w-full max-w-measure flex-1 px-4 py-12">
        <h1 className="mb-6 font-heading text-headline font-bold text-ink">{t('errors.title')}</h1>
        <ErrorPanel
          message={errorMessage(error, t)}
          retryLabel={retrying ? t('errors.retrying') : t('errors.retry')}
          retrying={retrying}
          onRetry={retry}
        />
      </main>
    </>
  );
}
