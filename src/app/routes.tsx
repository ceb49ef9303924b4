import type { QueryClient } from '@tanstack/react-query';
import type { i18n } from 'i18next';
import type { RouteObject } from 'react-router';
import { siteQueryOptions } from '@/features/feed';
import { ArticlePage } from '@/features/article/ArticlePage';
import { articleLoader } from '@/features/article/article-loader';
import { NotFoundPage } from '@/features/errors/NotFoundPage';
import { RouteError } from '@/features/errors/RouteError';
import { HomePage } from '@/features/home/HomePage';
import { homeLoader } from '@/features/home/home-loader';
import { loadPreviewRoutes } from '@/features/preview';
import { loadSavedRoute } from '@/features/saved';
import { loadSearchRoute } from '@/features/search';
import { SectionPage } from '@/features/section/SectionPage';
import { sectionLoader } from '@/features/section/section-loader';
import { AppLoading } from './AppLoading';
import { RootError } from './RootError';
import { RootLayout } from './RootLayout';

/**
 * The routes as plain route objects: the browser router uses them, and so can a static handler
 * rendering pages at build time. Loaders fill the React Query cache; views read the same options.
 */
export function createRoutes(queryClient: QueryClient, i18n: i18n): RouteObject[] {
  /** The editors' workspace brings its own strings: loaded with its code, in the current language. */
  const loadPreview = () => Promise.all([loadPreviewRoutes(), i18n.loadNamespaces('preview')]).then(([module]) => module);
  return [
    {
      id: 'root',
      path: '/',
      element: <RootLayout />,
      errorElement: <RootError />,
      hydrateFallbackElement: <AppLoading />,
      loader: async () => {
        await queryClient.ensureQueryData(siteQueryOptions());
        return null;
      },
      children: [
        { index: true, element: <HomePage />, loader: homeLoader(queryClient), errorElement: <RouteError /> },
        { path: 'sections/:slug', element: <SectionPage />, loader: sectionLoader(queryClient), errorElement: <RouteError /> },
        { path: 'articles/:id', element: <ArticlePage />, loader: articleLoader(queryClient), errorElement: <RouteError /> },
        // Lazy: the search code and its index reach only readers who search.
        { path: 'search', lazy: () => loadSearchRoute().then((module) => module.searchRoute(queryClient)), errorElement: <RouteError /> },
        // Lazy, and never pre-rendered: each reader's saved list is their own, read from their device.
        { path: 'saved', lazy: () => loadSavedRoute().then((module) => module.savedRoute()), errorElement: <RouteError /> },
        // Lazy: the editors' preview workspace (never pre-rendered, never listed) stays out of readers' downloads.
        { path: 'preview', lazy: () => loadPreview().then((module) => module.workspaceRoute()), errorElement: <RouteError /> },
        { path: 'preview/:id', lazy: () => loadPreview().then((module) => module.draftRoute(queryClient)), errorElement: <RouteError /> },
        { path: '*', element: <NotFoundPage />, errorElement: <RouteError /> },
      ],
    },
  ];
}
