import type { createBrowserRouter } from 'react-router';
import { offerUpdate } from './update-state';

/**
 * Starts the service worker once the page has loaded and the browser is idle. The registration
 * code and workbox-window are separate chunks fetched then, so they cost the first view nothing.
 * Browser only, production only (the dev server builds no worker).
 */
export function startServiceWorker(router: ReturnType<typeof createBrowserRouter>): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => whenIdle(() => void import('./register-worker').then((module) => module.registerServiceWorker(offerUpdate, router)));
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

function whenIdle(task: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 5000 });
  else setTimeout(task, 1000);
}
