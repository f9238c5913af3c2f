// Service worker of the standalone page (scripts/postbuild.mjs fills in the placeholders).
// Precaches every file of this build under a cache named after the build; a new build gets a
// new cache and the old one is deleted when it activates. Requests are answered from the
// cache first, so the page loads and works with the network cut after the first visit.
// A language's catalogue (lang/<tag>.json) and the language script (lang/lang.js) are cached
// when first fetched, or when the language script, having fetched them before the worker took
// control, names them in a message.
const CACHE = '__SMP_CACHE__';
const ASSETS = __SMP_ASSETS__;
const ON_DEMAND = __SMP_ON_DEMAND__.map((f) => new URL(f, self.location).href);

self.addEventListener('message', (event) => {
  const url = event.data && event.data.smpCache;
  if (ON_DEMAND.includes(url)) event.waitUntil(caches.open(CACHE).then((cache) => cache.add(url)));
});

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(ASSETS))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('smp-calculator-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Shared links differ only in the fragment, which never reaches here; ignore the query
      // too so that ?utm=… visits still load offline.
      const hit = await cache.match(request, { ignoreSearch: true });
      if (hit) return hit;
      try {
        const response = await fetch(request);
        if (response.ok && ON_DEMAND.includes(request.url)) await cache.put(request, response.clone());
        return response;
      } catch (err) {
        if (request.mode === 'navigate') {
          const page = await cache.match('./');
          if (page) return page;
        }
        throw err;
      }
    }),
  );
});
