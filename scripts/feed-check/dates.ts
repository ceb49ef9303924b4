/**
 * JSON Feed dates are RFC 3339. Sahifa also reads dates without a zone (as UTC, like
 * `normaliseDate` in the app) and date-only values, so those are warnings; anything else is an error.
 */

export type DateCheck =
  | { kind: 'valid'; time: number }
  | { kind: 'no-zone'; time: number }
  | { kind: 'invalid'; reason: string };

export const DATE_EXAMPLE = '2026-11-24T10:30:00+01:00';

const RFC_3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-](\d{2}):(\d{2}))$/i;
/** The zone-less forms the app reads as UTC: a date, or a date and a time. */
const WITHOUT_ZONE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

export function checkDate(raw: string): DateCheck {
  const value = raw.trim();
  const strict = RFC_3339.exec(value);
  if (strict) {
    const [, year, month, day, hour, minute, second, , zoneHour = 0, zoneMinute = 0] = numbers(strict);
    if (!isRealDateTime(year!, month!, day!, hour!, minute!, second!) || zoneHour > 23 || zoneMinute > 59) {
      return { kind: 'invalid', reason: 'is not a real date and time' };
    }
    return { kind: 'valid', time: Date.parse(value) };
  }
  const zoneless = WITHOUT_ZONE.exec(value);
  if (zoneless) {
    const [, year, month, day, hour = 0, minute = 0, second = 0] = numbers(zoneless);
    if (!isRealDateTime(year!, month!, day!, hour, minute, second)) return { kind: 'invalid', reason: 'is not a real date and time' };
    return { kind: 'no-zone', time: Date.parse(value.includes('T') ? `${value}Z` : value) };
  }
  return { kind: 'invalid', reason: `is not an RFC 3339 date (write e.g. ${DATE_EXAMPLE})` };
}

/** The match's groups as numbers; groups that did not match stay undefined. */
function numbers(match: RegExpExecArray): (number | undefined)[] {
  return match.map((part) => (part === undefined ? undefined : Number(part)));
}

function isRealDateTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // RFC 3339 allows second 60 for a leap second.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hour <= 23 && minute <= 59 && second <= 60;
}
