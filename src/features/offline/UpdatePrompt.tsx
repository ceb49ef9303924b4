import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { acceptUpdate, putOffUpdate, updateStatus } from './update-state';

/**
 * "A new version is ready — reload": a polite status, never a dialog that takes the reader's
 * focus. The page keeps running its own version until the reader accepts.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const status = useSyncExternalStore(updateStatus.subscribe, updateStatus.get, updateStatus.getServerSnapshot);
  const shown = status === 'available' || status === 'applying';
  return (
    <div role="status" className={shown ? 'fixed inset-x-0 bottom-0 z-30 border-t-2 border-accent bg-paper shadow-lg' : 'sr-only'}>
      {shown && (
        <div className="mx-auto flex max-w-page flex-wrap items-center gap-x-5 gap-y-3 px-4 py-3 sm:px-6">
          <p className="min-w-56 flex-1 text-body text-ink">{t('offline.updateReady')}</p>
          <div className="flex items-center gap-x-5">
            <button
              type="button"
              className="button-primary aria-disabled:cursor-progress aria-disabled:opacity-70"
              onClick={acceptUpdate}
              aria-disabled={status === 'applying'}
              aria-busy={status === 'applying'}
            >
              {status === 'applying' ? t('offline.reloading') : t('offline.reload')}
            </button>
            {status === 'available' && (
              <button type="button" className="link-quiet inline-flex min-h-11 items-center px-1 text-meta" onClick={putOffUpdate}>
                {t('offline.later')}
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
