import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { intlLocaleFor } from '@/lib/ui-language';
import type { SiteConfig } from './model';
import { siteQueryOptions } from './queries';

/** The site config. The root route's loader has it in the cache before any view renders. */
export function useSite(): SiteConfig {
  return useSuspenseQuery(siteQueryOptions()).data;
}

export function useSectionTitle(slug: string | undefined): string | undefined {
  const site = useSite();
  return slug ? site.sections.find((section) => section.slug === slug)?.title : undefined;
}

/** The Intl locale of interface text (dates, counts): the site's own in Arabic, the reader's language otherwise. */
export function useUiLocale(): string {
  const { i18n } = useTranslation();
  return intlLocaleFor(i18n.language, useSite().locale);
}
