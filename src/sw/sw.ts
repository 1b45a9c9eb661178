/**
 * The service worker: after one visit the whole game (every scenario, language, portrait and
 * sound) is in the precache, so later visits start from it and play offline. A new version
 * installs in the background and waits: it takes over only once no page of the old one is open,
 * so a conversation never changes under the learner. Built by vite-plugin-pwa (injectManifest).
 */
/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { offlineResponse } from './offline-page.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

const scope = new URL(self.registration.scope);
// The page with the first screen's code as files, which the browser keeps compiled between visits
// (index.html carries it inline for a first visit: build/first-screen-page.ts).
const PAGE = 'app.html';

cleanupOutdatedCaches();

// The game is one page: every navigation to it (any query: deep links, views) is the cached page.
// If the cache was emptied, the network; if that fails too, a page that says so (built into this
// script, which the browser keeps apart from the caches).
registerRoute(
  new NavigationRoute(
    async ({ request }) => {
      const cached = await matchPrecache(PAGE);
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch {
        return offlineResponse(new URL(request.url).searchParams.get('lang'), request.headers.get('accept-language'));
      }
    },
    // Matched against path and query.
    { allowlist: [new RegExp(`^${scope.pathname}(index\\.html)?(\\?.*)?$`)] },
  ),
);

// The game asks whether an optional file (a recorded line) exists with HEAD; answer from the cache.
registerRoute(
  ({ url }) => url.origin === scope.origin,
  async ({ request }) => {
    const cached = await matchPrecache(new URL(request.url).pathname);
    if (cached) return new Response(null, { status: 200, headers: cached.headers });
    return fetch(request);
  },
  'HEAD',
);

precacheAndRoute(self.__WB_MANIFEST);
