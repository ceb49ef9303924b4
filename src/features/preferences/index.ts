/**
 * The reader's display preferences (theme, article text size): the header control that changes
 * them. They are restored before first paint by the inline script vite.config.ts builds from
 * ./preferences.ts.
 */
export { ReadingSettings } from './ReadingSettings';
export { UI_LANGUAGE_STORAGE_KEY, storedUiLanguage } from './ui-language';
export { UI_DIRECTION } from './preferences';
