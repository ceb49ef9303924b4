import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { articleQueryOptions, isRetryable, sectionQueryOptions, siteQueryOptions } from '@/features/feed';
import { readSavedCopy, type SavedCopy } from '@/features/saved';

/** Set only when the page shows the reader's saved copy instead of the feed's article. */
export type ArticleLoaderData = { savedCopy: SavedCopy } | null;

/**
 * The article itself is required (404 when the feed has no such item). When the feed cannot be
 * reached (offline, a timeout, a server error) and the reader saved the article, the saved copy is
 * shown instead, marked as such; it never stands in for an article the feed says is gone. Its
 * section's first page feeds "related articles"; that one may fail without costing the reader the
 * article.
 */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<ArticleLoaderData> => {
    const id = params.id;
    if (!id) throw data(null, { status: 404 });
    const [site, loaded] = await Promise.all([
      queryClient.ensureQueryData(siteQueryOptions()),
      queryClient.ensureQueryData(articleQueryOptions(id)).then(
        (article) => ({ article }),
        async (error: unknown) => {
          const savedCopy = isRetryable(error) ? await readSavedCopy(id).catch(() => undefined) : undefined;
          if (!savedCopy) throw error;
          return { savedCopy };
        },
      ),
    ]);
    if ('savedCopy' in loaded) return loaded;
    const { article } = loaded;
    const section = site.sections.find((candidate) => candidate.slug === article.sectionSlug);
    if (section) await queryClient.ensureInfiniteQueryData(sectionQueryOptions(section)).catch(() => undefined);
    return null;
  };
