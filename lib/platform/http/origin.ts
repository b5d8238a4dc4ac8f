/**
 * Cross-site request forgery guard for state-changing route handlers. Browsers send `Origin` on
 * every cross-site POST; a request from another site is refused unless that site is listed.
 * Requests without `Origin` (curl, server-to-server, old clients) carry no ambient cookies from a
 * foreign page, so they are let through; what they may do is decided by their own credentials.
 */
export function isForeignOrigin(origin: string | null, appUrl: string, allowed: readonly string[] = []): boolean {
  if (origin === null) return false;
  if (origin === "null") return true; // sandboxed frames and some redirects: never trusted
  const own = new URL(appUrl).origin;
  return origin !== own && !allowed.includes(origin);
}

export function foreignOriginResponse(): Response {
  return Response.json({ error: "Requests from other sites are not accepted here." }, { status: 403 });
}
