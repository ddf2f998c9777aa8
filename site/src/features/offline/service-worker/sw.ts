/// <reference lib="webworker" />
/**
 * The site's service worker, built by the offline integration (bundled, then given Workbox's precache list).
 * Pages: network first, so an online reader always gets the current text, with a short timeout so 2G does not hang
 * on a saved page; the newest kept copy otherwise; and when there is none, the offline page in the reader's language.
 */
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly, type Strategy } from 'workbox-strategies';
import {
  cachePrefix,
  isImagePath,
  isSavedFileRequest,
  newestCopy,
  offlineCaches,
  savedFileCopy,
  stampSavedAt,
} from '~/features/offline/offlineStore.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: { url: string; revision: string | null }[] };
/** Set by the build: the offline page of each language, and the language of addresses that name none. */
declare const __OFFLINE_PAGES__: Record<string, string>;
declare const __DEFAULT_LOCALE__: string;

const networkTimeoutSeconds = 4;
const keptPagesLimit = 150;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const pages = new NetworkFirst({
  cacheName: offlineCaches.pages,
  networkTimeoutSeconds,
  // Always ask the site (a 304 costs little): the browser's HTTP cache must not pass an old page off as today's.
  fetchOptions: { cache: 'no-cache' },
  plugins: [
    {
      // A page the site no longer has (a guide withdrawn because it was wrong) must not live on in a saved copy.
      fetchDidSucceed: async ({ request, response }) => {
        if (response.status === 404 || response.status === 410) await forgetPage(request.url);
        return response;
      },
      cacheWillUpdate: async ({ response }) => (response.ok ? stampSavedAt(response) : null),
      // A saved country's copy is refreshed whenever the reader opens that page online.
      cacheDidUpdate: async ({ request }) => {
        const saved = await caches.open(offlineCaches.saved);
        if (await saved.match(request)) {
          const fresh = await caches.match(request, { cacheName: offlineCaches.pages });
          if (fresh) await saved.put(request, fresh);
        }
      },
      cachedResponseWillBeUsed: async ({ request }) => newestCopy(request),
    },
    new ExpirationPlugin({ maxEntries: keptPagesLimit, purgeOnQuotaError: true }),
  ],
});
const assets = new CacheFirst({
  cacheName: offlineCaches.assets,
  plugins: [new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true })],
});
const images = new CacheFirst({
  cacheName: offlineCaches.images,
  plugins: [new ExpirationPlugin({ maxEntries: 100, purgeOnQuotaError: true })],
});

const isBuilt = (url: URL) => url.origin === self.location.origin && url.pathname.startsWith('/_astro/');
registerRoute(({ request }) => request.mode === 'navigate', pages);
registerRoute(({ url }) => isBuilt(url) && !isImagePath(url.pathname), assets);
registerRoute(({ url }) => isBuilt(url) && isImagePath(url.pathname), images);
// Search and the counter page's data: always the site's current files online, a saved country's copy offline (the
// catch handler). Nothing is cached on the way: searching stores nothing.
registerRoute(({ url }) => url.origin === self.location.origin && isSavedFileRequest(url), new NetworkOnly());

setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await matchPrecache(offlinePageFor(new URL(request.url)))) ?? Response.error();
  return (await savedFileCopy(request)) ?? Response.error();
});

function offlinePageFor(url: URL): string {
  const lang = url.pathname.split('/')[1] ?? '';
  return __OFFLINE_PAGES__[lang] ?? __OFFLINE_PAGES__[__DEFAULT_LOCALE__] ?? '';
}

async function forgetPage(url: string) {
  await Promise.all([offlineCaches.pages, offlineCaches.saved].map(async (name) => (await caches.open(name)).delete(url)));
}

// A new release takes over at once: pages are whole documents fetched network first, so nothing mixes old and new.
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const current = new Set<string>(Object.values(offlineCaches));
      const names = await caches.keys();
      // Workbox names its precache itself and cleans it; older versions of the site's own caches go here.
      const outdated = names.filter((name) => name.startsWith(cachePrefix) && !current.has(name) && !name.includes('precache'));
      await Promise.all(outdated.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

/**
 * The first page a reader opens arrives before the service worker exists: its script asks for it (and its
 * scripts) to be kept, so even that page can be read again offline.
 */
self.addEventListener('message', (event) => {
  const data = event.data as { type?: string; page?: unknown; assets?: unknown } | null;
  if (data?.type !== 'keep' || typeof data.page !== 'string') return;
  const keep = (url: URL, strategy: Strategy) => strategy.handle({ event, request: new Request(url) });
  const page = new URL(data.page);
  const assetUrls = (Array.isArray(data.assets) ? data.assets : [])
    .filter((url): url is string => typeof url === 'string')
    .map((url) => new URL(url));
  const kept = [
    ...(page.origin === self.location.origin ? [keep(page, pages)] : []),
    ...assetUrls.filter(isBuilt).map((url) => keep(url, isImagePath(url.pathname) ? images : assets)),
  ];
  event.waitUntil(Promise.allSettled(kept));
});
