/**
 * The interface languages. Arabic is the default and the language every page is pre-rendered in;
 * French and English load on demand. Feed content keeps its own language whatever the interface.
 */
export const UI_LANGUAGES = ['ar', 'fr', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const DEFAULT_UI_LANGUAGE: UiLanguage = 'ar';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** Interface dates and numbers: the site's own locale in Arabic (ar-DZ by default), else the reader's. */
const INTL_LOCALES: Record<Exclude<UiLanguage, 'ar'>, string> = { fr: 'fr-DZ', en: 'en-GB' };

export function intlLocaleFor(language: string, siteLocale: string): string {
  return isUiLanguage(language) && language !== 'ar' ? INTL_LOCALES[language] : siteLocale;
}
