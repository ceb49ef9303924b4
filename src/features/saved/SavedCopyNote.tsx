import { useTranslation } from 'react-i18next';
import { useSite, useUiLocale } from '@/features/feed';
import { formatLongDate } from '@/lib/format-date';

/** Above an article shown from the reader's saved copy because the feed could not be reached. */
export function SavedCopyNote({ savedAt }: { savedAt: string }) {
  const { t } = useTranslation();
  const { timeZone } = useSite();
  const locale = useUiLocale();
  return (
    <p className="mx-auto mt-6 max-w-measure rounded-lg border border-rule bg-paper-deep p-4 text-meta text-ink">
      {t('saved.savedCopy', { date: formatLongDate(savedAt, locale, timeZone) })}
    </p>
  );
}
