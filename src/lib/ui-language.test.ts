import { describe, expect, it } from 'vitest';
import { formatLongDate } from './format-date';
import { intlLocaleFor, isUiLanguage } from './ui-language';

describe('interface language', () => {
  it('knows the three interface languages and nothing else', () => {
    expect(['ar', 'fr', 'en'].every(isUiLanguage)).toBe(true);
    expect(isUiLanguage('de')).toBe(false);
    expect(isUiLanguage(undefined)).toBe(false);
  });

  it('formats interface dates in the site locale for Arabic, fr-DZ and en-GB otherwise', () => {
    const date = (language: string) => formatLongDate('2026-08-24T10:00:00Z', intlLocaleFor(language, 'ar-DZ'), 'Africa/Algiers');
    expect(date('ar')).toBe('24 أوت 2026');
    expect(date('fr')).toBe('24 août 2026');
    expect(date('en')).toBe('24 August 2026');
  });
});
