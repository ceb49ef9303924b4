/**
 * Reading without a network, installing, updating: the page's side of the service worker
 * (src/service-worker/sw.ts). The update prompt is here; the worker is started by the browser
 * entry (src/main.tsx) from start-worker.ts, which pre-rendering never loads.
 */
export { UpdatePrompt } from './UpdatePrompt';
