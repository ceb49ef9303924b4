/**
 * Dates through Intl with the site's locale and time zone. The time zone is the newsroom's, not the
 * reader's device's, so a page pre-rendered at build time reads the same after hydration.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/** «24 نوفمبر 2026» in ar-DZ: Western digits, Maghreb month names. */
export function formatLongDate(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: 'long' }).format(new Date(iso));
}

/** «24 نوفمبر 2026 في 10:30»: for the article byline, where the hour matters. */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(new Date(iso));
}
