import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { articleQueryOptions, sectionQueryOptions, siteQueryOptions } from '@/features/feed';

/**
 * The article itself is required (404 when the feed has no such item). Its section's first page
 * feeds "related articles"; that one may fail without costing the reader the article.
 */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    if (!params.id) throw data(null, { status: 404 });
    const [site, article] = await Promise.all([
      queryClient.ensureQueryData(siteQueryOptions()),
      queryClient.ensureQueryData(articleQueryOptions(params.id, queryClient)),
    ]);
    const section = site.sections.find((candidate) => candidate.slug === article.sectionSlug);
    if (section) await queryClient.ensureInfiniteQueryData(sectionQueryOptions(section)).catch(() => undefined);
    return null;
  };
