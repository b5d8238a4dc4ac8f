"use client";

import { useEffect, useState } from "react";

/** The routine pages the service worker keeps (public/sw.js, cache "pages-…"), as links. */
export function KeptRoutines() {
  const [paths, setPaths] = useState<string[] | null>(null);
  useEffect(() => {
    if (!("caches" in window)) return;
    void (async () => {
      const found = new Set<string>();
      for (const name of (await caches.keys()).filter((cache) => cache.startsWith("pages-"))) {
        for (const request of await (await caches.open(name)).keys()) {
          const { pathname } = new URL(request.url);
          if (/^\/routines\/[a-z0-9-]+$/.test(pathname)) found.add(pathname);
        }
      }
      setPaths([...found].sort());
    })().catch(() => setPaths([]));
  }, []);

  if (!paths?.length) return null;
  return (
    <section aria-labelledby="kept-heading" className="mt-8">
      <h2 id="kept-heading" className="text-2xl">
        On this device
      </h2>
      <ul className="mt-4 flex flex-wrap gap-3">
        {paths.map((path) => (
          <li key={path}>
            {/* A full page load on purpose: the worker answers it from what it kept. */}
            <a href={path} className="inline-flex min-h-11 items-center rounded-full border border-line px-5 hover:bg-sand">
              {titleFromSlug(path.slice("/routines/".length))}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

function titleFromSlug(slug: string) {
  const words = slug.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
