import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { ensureArticlePageData } from '@/features/feed';

/** A feed with no such item is a 404 (the route's error element says so). */
export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    if (!params.id) throw data(null, { status: 404 });
    await ensureArticlePageData(queryClient, params.id);
    return null;
  };
