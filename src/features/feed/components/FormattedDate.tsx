import { formatDateTime, formatLongDate } from '@/lib/format-date';
import { useSite, useUiLocale } from '../hooks';

/** A machine-readable <time> in the interface's locale and the newsroom's time zone. */
export function FormattedDate({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  const { timeZone } = useSite();
  const locale = useUiLocale();
  const text = withTime ? formatDateTime(iso, locale, timeZone) : formatLongDate(iso, locale, timeZone);
  return <time dateTime={iso}>{text}</time>;
}
