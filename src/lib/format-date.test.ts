import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLongDate } from './format-date';

/** Medium and time formats may carry U+200F marks: compare without them. */
const plain = (text: string) => text.replace(/[\u200e\u200f\u061c]/g, '');

describe('formatLongDate', () => {
  it('uses Maghreb month names and Western digits in ar-DZ', () => {
    expect(plain(formatLongDate('2026-11-24T09:30:00Z', 'ar-DZ', 'Africa/Algiers'))).toBe('24 نوفمبر 2026');
    expect(plain(formatLongDate('2026-08-24T09:30:00Z', 'ar-DZ', 'Africa/Algiers'))).toBe('24 أوت 2026');
    expect(plain(formatLongDate('2026-06-03T09:30:00Z', 'ar-DZ', 'Africa/Algiers'))).toBe('3 جوان 2026');
    expect(plain(formatLongDate('2026-07-15T09:30:00Z', 'ar-DZ', 'Africa/Algiers'))).toBe('15 جويلية 2026');
  });

  it('reads the day in the newsroom time zone, not UTC', () => {
    // 23:30 UTC on the 23rd is already the 24th in Algiers (UTC+1).
    expect(plain(formatLongDate('2026-11-23T23:30:00Z', 'ar-DZ', 'Africa/Algiers'))).toBe('24 نوفمبر 2026');
  });

  it('follows another locale when the site sets one', () => {
    expect(formatLongDate('2026-11-24T09:30:00Z', 'fr-DZ', 'Africa/Algiers')).toBe('24 novembre 2026');
  });
});

describe('formatDateTime', () => {
  it('adds the 24-hour time in the site time zone', () => {
    const text = plain(formatDateTime('2026-11-24T09:30:00Z', 'ar-DZ', 'Africa/Algiers'));
    expect(text).toContain('24 نوفمبر 2026');
    expect(text).toContain('10:30');
    expect(text).not.toMatch(/[٠-٩]/);
  });
});
