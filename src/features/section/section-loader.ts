import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { sectionQueryOptions, siteQueryOptions, type Section } from '@/features/feed';

export async function findSection(queryClient: QueryClient, slug: string | undefined): Promise<Section> {
  const site = await queryClient.ensureQueryData(siteQueryOptions());
  const section = site.sections.find((candidate) => candidate.slug === slug);
  if (!section) throw data(null, { status: 404 });
  return section;
}

/** The first page only; later pages come with "load more" and stay cached for back/forward. */
export const sectionLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const section = await findSection(queryClient, params.slug);
    await queryClient.ensureInfiniteQueryData(sectionQueryOptions(section));
    return null;
  };
