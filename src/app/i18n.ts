import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './locales/ar.json';

export const resources = { ar: { translation: ar } } as const;

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['ar'];
  }
}

/**
 * One i18next instance per app (and per page rendered at build time). Resources are bundled, so
 * initialisation is synchronous and the first render already has its strings.
 */
export function createI18n(language = 'ar'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'ar',
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
