import { DEFAULT_UI_LANGUAGE, isUiLanguage, type UiLanguage } from '@/lib/ui-language';

/** The reader's interface language, kept on their device. Storage may be missing or refuse access. */
const STORAGE_KEY = 'sahifa.language';

export function storedUiLanguage(): UiLanguage {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : DEFAULT_UI_LANGUAGE;
  } catch {
    return DEFAULT_UI_LANGUAGE;
  }
}

export function storeUiLanguage(language: UiLanguage): void {
  try {
    globalThis.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // The choice still applies to this visit.
  }
}
