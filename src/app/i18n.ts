import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type previewAr from '@/features/preview/locales/ar.json';
import { DEFAULT_UI_LANGUAGE, type UiLanguage } from '@/lib/ui-language';
import ar from './locales/ar.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    fallbackNS: 'translation';
    resources: { translation: typeof ar; preview: typeof previewAr };
  }
}

/**
 * Strings other than the Arabic core arrive on demand, one small chunk per language and feature:
 * `translation` is the reader's core (src/app/locales/<language>.json), any other namespace is a
 * feature's own (src/features/<namespace>/locales/<language>.json), loaded by its lazy route.
 */
const coreStrings = import.meta.glob<{ default: object }>(['./locales/*.json', '!./locales/ar.json']);
const featureStrings = import.meta.glob<{ default: object }>('../features/*/locales/*.json');

const lazyStrings: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, namespace, callback) => {
    const load = namespace === 'translation' ? coreStrings[`./locales/${language}.json`] : featureStrings[`../features/${namespace}/locales/${language}.json`];
    if (!load) return callback(new Error(`No ${namespace} strings for ${language}`), false);
    load().then(
      (module) => callback(null, module.default as Record<string, unknown>),
      (error: Error) => callback(error, false),
    );
  },
};

/**
 * One i18next instance per app (and per page rendered at build time). The Arabic core is bundled,
 * so initialisation is synchronous and the first render — which must match the pre-rendered
 * Arabic page — already has its strings.
 */
export function createI18n(language: UiLanguage = DEFAULT_UI_LANGUAGE): i18n {
  const instance = i18next.createInstance();
  void instance
    .use(lazyStrings)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_UI_LANGUAGE,
      resources: { [DEFAULT_UI_LANGUAGE]: { translation: ar } },
      partialBundledLanguages: true,
      ns: ['translation'],
      defaultNS: 'translation',
      fallbackNS: 'translation',
      initAsync: false,
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  return instance;
}
