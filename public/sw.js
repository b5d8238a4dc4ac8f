/*
 * The service worker: routines opened once keep playing without a network (docs/decisions/0018).
 *
 * - Pages: network first, always, so an online visitor sees the coach's latest edits; the copy kept
 *   here is used only when the network fails. Only public routine pages and the home page are kept,
 *   never the account, the course, the back office or any API answer.
 * - Build files (/_next/static) and uploads: their addresses change whenever their bytes do, so a
 *   kept copy is served first. A new deploy brings new addresses through the fresh page; an old tab
 *   that still asks for an old file gets it from here instead of a 404.
 * - Bump VERSION when this file's rules change: the new worker takes over at once (skipWaiting,
 *   clients.claim) and deletes the old caches, so no page is left running against stale rules.
 */
const VERSION = "v1";
const PAGES = `pages-${VERSION}`;
const ASSETS = `assets-${VERSION}`;
const OFFLINE_URL = "/offline";
const MAX_PAGES = 40;
const MAX_ASSETS = 400;

const isKeptPage = (pathname) => pathname === "/" || pathname === "/routines" || /^\/routines\/[a-z0-9-]+$/.test(pathname) || pathname === OFFLINE_URL;
const isAsset = (pathname) =>
  pathname.startsWith("/_next/static/") || pathname.startsWith("/uploads/") || pathname.startsWith("/_next/image") || pathname.startsWith("/icons/") || pathname === "/manifest.webmanifest";

/** The offline page and the build files it needs, so it works (lists what is kept) with no network. */
async function keepOfflinePage() {
  const response = await fetch(new Request(OFFLINE_URL, { cache: "reload" }));
  if (!response.ok) return;
  const html = await response.clone().text();
  await (await caches.open(PAGES)).put(OFFLINE_URL, response);
  const files = [...new Set(html.match(/\/_next\/static\/[^"'\s<>\\]+/g) ?? [])];
  const assets = await caches.open(ASSETS);
  await Promise.all(files.map((file) => assets.add(file).catch(() => undefined)));
}

self.addEventListener("install", (event) => {
  // Without the offline page the worker still keeps routines; it tries again on the next update.
  event.waitUntil(keepOfflinePage().catch(() => undefined).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== PAGES && name !== ASSETS).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** Oldest entries go first once a cache holds more than `max`. */
async function trim(cacheName, max) {
  const cache = await caches.open(cacheName);
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(request);
}

async function keep(cacheName, request, response, max) {
  // Whole answers only: a video's 206 ranges cannot be cached (the whole file is kept on request).
  if (response.status !== 200 || response.type !== "basic" || response.redirected) return;
  const cache = await caches.open(cacheName);
  await cache.put(request, response);
  await trim(cacheName, max);
}

async function networkFirstPage(event) {
  const { request } = event;
  try {
    const response = await fetch(request);
    if (isKeptPage(new URL(request.url).pathname)) event.waitUntil(keep(PAGES, request, response.clone(), MAX_PAGES));
    return response;
  } catch (error) {
    const cache = await caches.open(PAGES);
    // Pages vary on Next.js's router headers, which a navigation never sends: match on the address.
    return (
      (await cache.match(request, { ignoreVary: true })) ??
      (await cache.match(request, { ignoreVary: true, ignoreSearch: true })) ??
      (await cache.match(OFFLINE_URL, { ignoreVary: true })) ??
      Response.error()
    );
  }
}

async function cacheFirstAsset(event) {
  const cached = await caches.match(event.request, { ignoreVary: true });
  if (cached) return cached;
  try {
    const response = await fetch(event.request);
    event.waitUntil(keep(ASSETS, event.request, response.clone(), MAX_ASSETS));
    return response;
  } catch (error) {
    const fallback = await resizedElsewhere(new URL(event.request.url));
    if (fallback) return fallback;
    throw error;
  }
}

/**
 * Offline, a picture may be asked for at another width than the one kept (a phone turned, another
 * screen): any kept width of the same upload will do, and failing that the upload itself.
 */
async function resizedElsewhere(url) {
  if (url.pathname !== "/_next/image") return null;
  const original = url.searchParams.get("url");
  if (!original || !original.startsWith("/uploads/")) return null;
  const assets = await caches.open(ASSETS);
  for (const request of await assets.keys()) {
    const kept = new URL(request.url);
    if (kept.pathname === "/_next/image" && kept.searchParams.get("url") === original) return assets.match(request);
  }
  return (await assets.match(original)) ?? null;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") return event.respondWith(networkFirstPage(event));
  if (isAsset(url.pathname)) return event.respondWith(cacheFirstAsset(event));
});

/**
 * The first page a visitor opens loads before this worker controls it; the page then sends the
 * addresses it used (itself and its build files) so that page, too, plays offline next time.
 */
self.addEventListener("message", (event) => {
  if (event.data?.type !== "keep" || !Array.isArray(event.data.urls)) return;
  const urls = event.data.urls.slice(0, 100).map((value) => new URL(value, self.location.origin)).filter((url) => url.origin === self.location.origin);
  event.waitUntil(
    Promise.all(
      urls.map(async (url) => {
        const cacheName = isKeptPage(url.pathname) ? PAGES : isAsset(url.pathname) ? ASSETS : null;
        if (!cacheName || (await caches.match(url.href, { ignoreVary: true }))) return;
        try {
          const response = await fetch(url.href, { credentials: "same-origin" });
          await keep(cacheName, url.href, response, cacheName === PAGES ? MAX_PAGES : MAX_ASSETS);
        } catch {
          // Offline again already: the next visit tries once more.
        }
      }),
    // The id tells the page which of its requests this answers (the first visit's own and a routine's can overlap).
    ).then(() => event.source?.postMessage({ type: "kept", id: event.data.id ?? null })),
  );
});
