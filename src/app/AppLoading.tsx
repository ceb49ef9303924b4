import { useTranslation } from 'react-i18next';

/** Shown on a cold load until the first view's data has arrived. */
export function AppLoading() {
  const { t } = useTranslation();
  return (
    <main id="main" className="mx-auto flex w-full max-w-page flex-1 items-center justify-center px-4 py-24">
      <p role="status" className="text-body text-muted">
        {t('site.loadingPage')}
      </p>
    </main>
  );
}
