import './styles/index.css';
import { hydrate, onlineManager } from '@tanstack/react-query';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/AppProviders';
import { createI18n } from './app/i18n';
import { PAGE_STATE_ID, type PageState } from './app/page-state';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { startServiceWorker } from './features/offline/start-worker';

const rootElement = document.getElementById('root')!;
const stateElement = document.getElementById(PAGE_STATE_ID);
const state = stateElement?.textContent ? (JSON.parse(stateElement.textContent) as PageState) : undefined;
// The static host's fallback serves the pre-rendered home page for paths that were not
// pre-rendered (an article published after the build, a typo): its data is still good cache, but
// its markup belongs to another page.
const prerendered = state !== undefined && decodeURI(state.path) === decodeURI(location.pathname);

// React Query takes the browser to be online until an 'offline' event says otherwise; a page the
// service worker opened with no network starts offline, and its notices and errors must say so.
onlineManager.setOnline(navigator.onLine);

const queryClient = createQueryClient();
// The embedded data is as fresh as the page that carries it: both came from the same deploy just
// now. Counted from the build instead, a page opened minutes after a deploy would fetch at once
// what it already holds.
if (state) hydrate(queryClient, { ...state.queries, queries: state.queries.queries.map((query) => ({ ...query, state: { ...query.state, dataUpdatedAt: Date.now() } })) });
const i18n = createI18n();
const router = createBrowserRouter(createRoutes(queryClient, i18n), {
  hydrationData: prerendered && state.loaderData ? { loaderData: state.loaderData } : undefined,
});

const app = (
  <StrictMode>
    <AppProviders queryClient={queryClient} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>
);

if (prerendered) {
  // As a transition, hydration yields to the browser every few milliseconds instead of holding the
  // main thread for one long task (~150 ms on a slow phone): taps and scrolling stay responsive
  // while the page comes alive (Lighthouse TBT on the article: ~105 → ~75 ms).
  startTransition(() => {
    hydrateRoot(rootElement, app, {
      onRecoverableError: (error) => console.error('[sahifa] hydration error:', error),
    });
  });
} else {
  if (state) removePrerenderedPage();
  createRoot(rootElement).render(app);
}

if (import.meta.env.PROD) startServiceWorker(router);

function removePrerenderedPage() {
  rootElement.replaceChildren();
  const start = [...document.head.childNodes].findIndex((node) => node.nodeType === Node.COMMENT_NODE && node.nodeValue === 'sahifa-head');
  for (let node = document.head.childNodes[start + 1]; start >= 0 && node; ) {
    const next = node.nextSibling;
    const done = node.nodeType === Node.COMMENT_NODE && node.nodeValue === '/sahifa-head';
    node.remove();
    if (done) break;
    node = next!;
  }
}
