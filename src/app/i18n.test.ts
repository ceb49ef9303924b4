import { describe, expect, it } from 'vitest';
import { createI18n } from './i18n';
import ar from './locales/ar.json';

describe('Arabic UI strings', () => {
  const i18n = createI18n();

  it.each([
    [0, 'لا مقالات معروضة'],
    [1, 'مقال واحد معروض'],
    [2, 'مقالان معروضان'],
    [3, '3 مقالات معروضة'],
    [10, '10 مقالات معروضة'],
    [11, '11 مقالًا معروضًا'],
    [99, '99 مقالًا معروضًا'],
    [100, '100 مقال معروض'],
    [102, '102 مقال معروض'],
  ])('uses the right one of the six plural forms for %i', (count, text) => {
    expect(i18n.t('section.shown', { count })).toBe(text);
  });

  it.each([
    [0, '0 دقيقة'],
    [1, 'دقيقة واحدة'],
    [2, 'دقيقتان'],
    [3, '3 دقائق'],
    [10, '10 دقائق'],
    [11, '11 دقيقة'],
    [99, '99 دقيقة'],
    [100, '100 دقيقة'],
    [1000, '1.000 دقيقة'],
  ])('says a reading time of %i minutes with its plural form and the site locale\'s digits', (count, text) => {
    expect(i18n.t('reading.minutes', { count, formatParams: { count: { locale: 'ar-DZ' } } })).toBe(text);
  });

  it('defines all six Arabic plural forms for every plural key', () => {
    const keys = Object.entries(ar).flatMap(([group, strings]) => Object.keys(strings).map((key) => `${group}.${key}`));
    const plurals = new Set(keys.filter((key) => /_(zero|one|two|few|many|other)$/.test(key)).map((key) => key.replace(/_[a-z]+$/, '')));
    for (const base of plurals) {
      for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(keys).toContain(`${base}_${form}`);
    }
  });

  it('uses Arabic punctuation, never an ASCII comma or question mark inside Arabic', () => {
    const strings = Object.values(ar).flatMap((group) => Object.values(group));
    for (const text of strings) expect(text, text).not.toMatch(/[\u0600-\u06ff]\s*[,?;]|[,?;]\s*[\u0600-\u06ff]/);
  });
});
