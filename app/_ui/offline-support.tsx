"use client";

import { useEffect } from "react";
import { syncPendingCheckIns } from "@/app/(site)/routines/_components/local-check-ins";
import { catchInstallPrompt } from "./install-prompt";
import { loadedFiles } from "./offline-keep";

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

  useEffect(() => catchInstallPrompt(), []);

  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    const firstVisit = !navigator.serviceWorker.controller;
    navigator.serviceWorker
      .register("/sw.js", { scope: "/", updateViaCache: "none" })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        if (!firstVisit) return;
        registration.active?.postMessage({ type: "keep", urls: [location.href, ...loadedFiles()] });
      })
      .catch(() => {
        // No worker (private mode, a blocked registration): the site works as before, online only.
      });
  }, []);

  return null;
}
