/// <reference types="vite-plugin-pwa/vanillajs" />
import type { createBrowserRouter } from 'react-router';
import { registerSW } from 'virtual:pwa-register';
import { KEEP_PAGE, type KeepPageMessage } from './messages';

type Router = ReturnType<typeof createBrowserRouter>;

/** Readers leave a tab open for days: look for a new version now and then, not only on a visit. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60_000;

/**
 * Registers src/service-worker/sw.ts through vite-plugin-pwa's prompt mode (workbox-window): a new
 * version that finishes installing waits, the reader is asked, and accepting makes it take over
 * and reloads every open page of the site onto it. Loaded on demand by start-worker.ts, never in
 * the first view; it is handed the update prompt's store rather than importing it, so the store
 * stays in the first view's chunk instead of becoming one more file of its own.
 */
export function registerServiceWorker(offerUpdate: (activate: () => Promise<void>) => void, router: Router): void {
  const activate = registerSW({
    immediate: true,
    onNeedRefresh: () => offerUpdate(() => activate()),
    onRegisteredSW: (_url, registration) => {
      if (registration) setInterval(() => void registration.update().catch(() => undefined), UPDATE_CHECK_INTERVAL_MS);
    },
  });
  tellPagesRead(router);
}

/**
 * Tells the worker in control about each page the reader settles on: the current one first, again
 * when a worker first takes control (the first visit: its images were loaded before the worker
 * existed), then each page a link inside the app opens.
 */
function tellPagesRead(router: Router): void {
  let told = '';
  const tell = (pathname: string, images: string[] = []) => {
    const controller = navigator.serviceWorker.controller;
    if (!controller || pathname === told) return;
    told = pathname;
    controller.postMessage({ type: KEEP_PAGE, url: new URL(pathname, location.origin).href, images } satisfies KeepPageMessage);
  };
  tell(router.state.location.pathname);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    told = '';
    tell(router.state.location.pathname, [...document.images].map((image) => image.currentSrc).filter(Boolean));
  });
  router.subscribe((state) => {
    if (state.navigation.state === 'idle') tell(state.location.pathname);
  });
}
