import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import { useEffect, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_UI_LANGUAGE } from '@/lib/ui-language';
import { UI_LANGUAGE_STORAGE_KEY, storedUiLanguage } from '@/features/preferences';

export function AppProviders({ queryClient, i18n, children }: { queryClient: QueryClient; i18n: i18n; children: ReactNode }) {
  useDocumentLanguage(i18n);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
    </QueryClientProvider>
  );
}

/**
 * Pages are pre-rendered in Arabic and hydrate in Arabic; a reader who chose French or English gets
 * it once the app is running (its strings are a small chunk of their own). `<html lang dir>`
 * follows the interface language; feed content keeps its own `lang`/`dir` wherever it appears.
 */
function useDocumentLanguage(i18n: i18n) {
  useEffect(() => {
    const apply = (language: string) => {
      document.documentElement.lang = language;
      document.documentElement.dir = i18n.dir(language);
    };
    // Another tab's choice applies here too.
    const followStorage = (event: StorageEvent) => {
      if (event.key === UI_LANGUAGE_STORAGE_KEY) void i18n.changeLanguage(storedUiLanguage());
    };
    i18n.on('languageChanged', apply);
    addEventListener('storage', followStorage);
    const preferred = storedUiLanguage();
    if (preferred !== DEFAULT_UI_LANGUAGE && preferred !== i18n.language) void i18n.changeLanguage(preferred);
    return () => {
      i18n.off('languageChanged', apply);
      removeEventListener('storage', followStorage);
    };
  }, [i18n]);
}
