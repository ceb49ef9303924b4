import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { ensureArticlePageData, isRetryable } from '@/features/feed';
import { readSavedCopy, type SavedCopy } from '@/features/saved';

/** Set only when the page shows the reader's saved copy instead of the feed's article. */
export type ArticleLoaderData = { savedCopy: SavedCopy } | null;

/**
 * What the article page needs is what a link prefetches (`ensureArticlePageData`): the article
 * itself is required (404 when the feed has no such item), its section's first page for "related
 * articles" may fail without costing the reader the article. When the feed cannot be reached
 * (offline, a timeout, a server error) and the reader saved the article, the saved copy is shown
 * instead, marked as such; it never stands in for an article the feed says is gone.
 */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<ArticleLoaderData> => {
    const id = params.id;
    if (!id) throw data(null, { status: 404 });
    try {
      await ensureArticlePageData(queryClient, id);
      return null;
    } catch (error) {
      const savedCopy = isRetryable(error) ? await readSavedCopy(id).catch(() => undefined) : undefined;
      if (!savedCopy) throw error;
      return { savedCopy };
    }
  };
