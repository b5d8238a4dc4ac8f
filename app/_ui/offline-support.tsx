"use client";

import { useEffect } from "react";
import { syncPendingCheckIns } from "@/app/(site)/routines/_components/local-check-ins";

/** Build files and uploads the worker keeps when the first page hands them over. */
const KEEPABLE = /^\/(_next\/static\/|_next\/image|uploads\/|icons\/)/;

/**
 * Registers the service worker (public/sw.js) in production builds, hands it the first page's
 * files, and sends check-ins made offline as soon as the browser is back online.
 */
export function OfflineSupport() {
  useEffect(() => {
    const sync = () => void syncPendingCheckIns();
    sync();
    window.addEventListener("online", sync);
    return () => window.removeEventListener("online", sync);
  }, []);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const firstVisit = !navigator.serviceWorker.controller;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/", updateViaCache: "none" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (!firstVisit) return;
        const files = performance
          .getEntriesByType("resource")
          .map((entry) => new URL(entry.name))
          .filter((url) => url.origin === location.origin && KEEPABLE.test(url.pathname))
          .map((url) => url.href);
        registration.active?.postMessage({ type: "keep", urls: [location.href, ...files] });
      })
      .catch(() => {
        // No worker (private mode, a blocked registration): the site works as before, online only.
      });
  }, []);

  return null;
}
