import { useTranslation } from 'react-i18next';
import { useUiLocale } from '@/features/feed';

/** «مدة القراءة: دقيقتان»: whole minutes in the site's digits, «أقل من دقيقة» under one. */
export function ReadingTime({ minutes }: { minutes: number }) {
  const { t } = useTranslation();
  const locale = useUiLocale();
  const duration = minutes < 1 ? t('reading.lessThanMinute') : t('reading.minutes', { count: minutes, formatParams: { count: { locale } } });
  return <span>{t('reading.time', { duration })}</span>;
}
