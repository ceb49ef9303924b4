/// <reference lib="webworker" />
/**
 * Sahifa's service worker (built by vite-plugin-pwa, strategy injectManifest). It precaches the app
 * shell of this version; keeps pages, feed documents and images as the reader opens them, within
 * bounds; and never mixes versions: an update waits until the reader accepts it, and pages saved
 * by an earlier version are dropped when a new one takes over. docs/decisions/007-offline.md.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { PrecacheFallbackPlugin, cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { isKeepPageMessage } from '../features/offline/messages';
import { APP_SHELL_FILE } from './app-shell';
import {
  FEED_CACHE,
  FONTS_CACHE,
  IMAGES_CACHE,
  documentsBehindPage,
  isFeedDocument,
  isFeedImage,
  isOutdatedPagesCache,
  pagesCacheName,
} from './cache-rules';

declare const self: ServiceWorkerGlobalScope;

const DAY_SECONDS = 24 * 60 * 60;
/** Only whole, successful answers are kept: never an error page in place of an article. */
const onlyComplete = () => new CacheableResponsePlugin({ statuses: [200] });

const precache = self.__WB_MANIFEST;
const PAGES_CACHE = pagesCacheName(precache);

precacheAndRoute(precache);
cleanupOutdatedCaches();

/**
 * Feed documents: the network first, so an online reader never gets an older list than the
 * pre-rendered page already showed; the kept copy when the network fails or has not answered in
 * five seconds (the app's own limit is fifteen).
 */
const feedDocuments = new NetworkFirst({
  cacheName: FEED_CACHE,
  networkTimeoutSeconds: 5,
  plugins: [onlyComplete(), new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * DAY_SECONDS, purgeOnQuotaError: true })],
});
registerRoute(({ url }) => isFeedDocument(url, self.location.origin), feedDocuments);

/**
 * Keeps the documents the app needs to show a page the reader opened, when they are not kept
 * already: a pre-rendered page, or one opened from a list, was shown without requesting them.
 */
async function keepDocumentsBehind(page: URL, event: ExtendableEvent): Promise<void> {
  const cache = await caches.open(FEED_CACHE);
  const urls = documentsBehindPage(page);
  const kept = await Promise.all(urls.map((url) => cache.match(url)));
  const missing = urls.filter((_url, index) => !kept[index]);
  await Promise.all(missing.map((url) => feedDocuments.handle({ request: new Request(url), event }).catch(() => undefined)));
}

/**
 * Pages: the network first, so readers online get today's page; after four seconds without an
 * answer, or with no network, the copy saved when the reader last opened it; a page never opened
 * gets the shell, and the app renders it from kept documents or says it is offline.
 */
const pages = new NetworkFirst({
  cacheName: PAGES_CACHE,
  networkTimeoutSeconds: 4,
  plugins: [
    onlyComplete(),
    new ExpirationPlugin({ maxEntries: 100, maxAgeSeconds: 30 * DAY_SECONDS, purgeOnQuotaError: true }),
    new PrecacheFallbackPlugin({ fallbackURL: APP_SHELL_FILE }),
  ],
});
registerRoute(new NavigationRoute(pages));

/** Images rarely change under one URL: the kept copy first, up to a bound. */
const feedImages = new CacheFirst({
  cacheName: IMAGES_CACHE,
  plugins: [onlyComplete(), new ExpirationPlugin({ maxEntries: 150, maxAgeSeconds: 30 * DAY_SECONDS, purgeOnQuotaError: true })],
});
registerRoute(({ url, request }) => isFeedImage(url, request.destination, self.location.origin), feedImages);

/** A page the reader settled on (src/features/offline/messages.ts): keep its documents and images. */
self.addEventListener('message', (event) => {
  if (!isKeepPageMessage(event.data)) return;
  const page = new URL(event.data.url, self.location.origin);
  if (page.origin !== self.location.origin) return;
  const images = event.data.images.map((image) => new URL(image, page)).filter((url) => isFeedImage(url, 'image', self.location.origin));
  event.waitUntil(
    Promise.all([
      keepDocumentsBehind(page, event),
      ...images.map((url) => feedImages.handle({ request: new Request(url), event }).catch(() => undefined)),
    ]),
  );
});

/** Latin subsets of the fonts, not precached (most pages never need them); hashed, so kept as is. */
registerRoute(
  ({ url, request }) => request.destination === 'font' && url.origin === self.location.origin,
  new CacheFirst({ cacheName: FONTS_CACHE, plugins: [onlyComplete(), new ExpirationPlugin({ maxEntries: 12 })] }),
);

self.addEventListener('install', (event) => {
  // The first install: the page that registered the worker was loaded without it, so it is saved
  // now, or it would not open offline until the reader came back to it.
  if (!self.registration.active) event.waitUntil(keepOpenPages(event));
});

async function keepOpenPages(event: ExtendableEvent): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const sameOrigin = windows.filter((client) => new URL(client.url).origin === self.location.origin);
  await Promise.all(sameOrigin.map((client) => pages.handle({ request: new Request(client.url), event }).catch(() => undefined)));
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((name) => isOutdatedPagesCache(name, PAGES_CACHE)).map((name) => caches.delete(name)))),
  );
});

// The first worker controls the page that installed it at once (nothing older is running). A
// newer one waits until the reader accepts the update (src/features/offline), which asks it to
// take over; every open page then reloads onto the new version.
clientsClaim();
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
