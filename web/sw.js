// The service worker: every file of the app in one cache named after the build, served cache-first, so
// the app starts with the network gone after one visit. Written into the site at build time by
// write_service_worker.cmake, which fills in the version (a hash of the built files) and the file list.
const VERSION = '@GONGJIAN_CACHE_VERSION@';
const CACHE = 'gongjian-' + VERSION;
const FILES = [@GONGJIAN_CACHE_FILES@];
// Fetched only when the app needs them (the fallback font for rare characters), then kept in the same cache.
const LAZY = [@GONGJIAN_CACHE_LAZY@];
// The demo package (residents' records): cached only when the office page asks, never for a kiosk.
const OFFICE = [@GONGJIAN_CACHE_OFFICE@];

self.addEventListener('install', (event) => {
  // cache: 'reload' skips the HTTP cache, so the files stored are the ones this version names.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(FILES.map((file) => new Request(file, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((names) => Promise.all(
    names.filter((name) => name.startsWith('gongjian-') && name !== CACHE).map((name) => caches.delete(name)))));
});

// The page sends 'skip-waiting' when the user accepts the new version (the banner's button), and the
// office page 'cache-office' once the worker is active.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'cache-office') {
    event.waitUntil(caches.open(CACHE).then((cache) =>
      cache.addAll(OFFICE.map((file) => new Request(file, { cache: 'reload' })))));
  }
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE).then((cache) =>
    // One page: every navigation (?lang=en too) is index.html.
    cache.match(request.mode === 'navigate' ? 'index.html' : request, { ignoreSearch: true })
      .then((hit) => hit || fetch(request).then((response) => {
        const path = new URL(request.url).pathname;
        if (response.ok && LAZY.some((file) => path.endsWith('/' + file))) cache.put(request, response.clone());
        return response;
      }))));
});
