// @ts-check
/**
 * `next build` has no database (docs/decisions/0003), yet Next.js prerenders every page without
 * a dynamic segment while it builds. The public pages at fixed addresses (`/`, `/routines`,
 * `/consultation`) are therefore built as a placeholder carrying this attribute, and the cache
 * handler treats a stored placeholder as missing: the first request renders the real page, and
 * from then on it is served from the cache like any other.
 */
export const BUILD_PLACEHOLDER_ATTRIBUTE = "data-build-placeholder";

/** True while `next build` prerenders pages. */
export function renderingAtBuild() {
  return process.env.NEXT_PHASE === "phase-production-build";
}

/**
 * Whether a cache entry is a page written as a placeholder at build time.
 * @param {unknown} value
 */
export function isBuildPlaceholder(value) {
  const page = /** @type {{ kind?: string; html?: unknown } | null} */ (value);
  return page?.kind === "APP_PAGE" && typeof page.html === "string" && page.html.includes(BUILD_PLACEHOLDER_ATTRIBUTE);
}
