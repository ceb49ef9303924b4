import { DEFAULT_UI_LANGUAGE, isUiLanguage, type UiLanguage } from '@/lib/ui-language';
import { UI_DIRECTION } from './preferences';

/**
 * The reader's interface language, kept on their device. Unlike theme and text size only its
 * direction can be applied before first paint (preferences.ts): its strings come with the app
 * (src/app/AppProviders.tsx).
 */
export const UI_LANGUAGE_STORAGE_KEY = UI_DIRECTION.storageKey;

/** Storage may be missing (a build-time render), refuse access or hold anything. */
export function storedUiLanguage(): UiLanguage {
  try {
    const value = globalThis.localStorage?.getItem(UI_LANGUAGE_STORAGE_KEY);
    return isUiLanguage(value) ? value : DEFAULT_UI_LANGUAGE;
  } catch {
    return DEFAULT_UI_LANGUAGE;
  }
}

/** Returns false when storage refuses: the choice then lasts only as long as the page. */
export function storeUiLanguage(language: UiLanguage): boolean {
  try {
    globalThis.localStorage.setItem(UI_LANGUAGE_STORAGE_KEY, language);
    return true;
  } catch {
    return false;
  }
}
