import { formatDateTime, formatLongDate } from '@/lib/format-date';
import { useSite } from '../hooks';

/** A machine-readable <time> shown in the site's locale and time zone. */
export function FormattedDate({ iso, withTime = false }: { iso: string; withTime?: boolean }) {
  const { locale, timeZone } = useSite();
  const text = withTime ? formatDateTime(iso, locale, timeZone) : formatLongDate(iso, locale, timeZone);
  return <time dateTime={iso}>{text}</time>;
}
