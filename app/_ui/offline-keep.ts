/** Build files and uploads the service worker keeps when a page hands them over (public/sw.js). */
const KEEPABLE = /^\/(_next\/static\/|_next\/image|uploads\/|icons\/)/;

/** This page's own build files and pictures, as the browser loaded them. */
export function loadedFiles(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && KEEPABLE.test(url.pathname))
    .map((url) => url.href);
}

export function offlineAvailable(): boolean {
  return process.env.NODE_ENV === "production" && typeof navigator !== "undefined" && "serviceWorker" in navigator && typeof caches !== "undefined";
}

/**
 * Asks the worker to keep these addresses and resolves once it has ("kept"), or after `timeoutMs`
 * with false. Pages reached by a client-side navigation never pass through the worker as a
 * document, so a page that should play offline hands itself over this way.
 */
export async function keepForOffline(urls: string[], timeoutMs = 20_000): Promise<boolean> {
  if (!offlineAvailable()) return false;
  const registration = await navigator.serviceWorker.ready;
  const worker = registration.active;
  if (!worker) return false;
  const id = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
  return new Promise<boolean>((resolve) => {
    const timer = window.setTimeout(() => finish(false), timeoutMs);
    function finish(value: boolean) {
      window.clearTimeout(timer);
      navigator.serviceWorker.removeEventListener("message", onMessage);
      resolve(value);
    }
    function onMessage(event: MessageEvent) {
      // Only the answer to this request: another page's keep (the first visit's) may finish first.
      if (event.data?.type === "kept" && event.data.id === id) finish(true);
    }
    navigator.serviceWorker.addEventListener("message", onMessage);
    worker.postMessage({ type: "keep", urls, id });
  });
}

/** Whether this address is kept (a page the worker can answer without a network). */
export async function isKept(url: string): Promise<boolean> {
  if (!offlineAvailable()) return false;
  return Boolean(await caches.match(url, { ignoreVary: true }));
}
