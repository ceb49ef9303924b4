import { useSuspenseQuery } from '@tanstack/react-query';
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
