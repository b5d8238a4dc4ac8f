/**
 * The security headers every response carries. lib/platform/server/http-hooks.mjs sets them on every
 * response of our own server; next.config.ts declares them through `headers()` only for a build
 * that runs without the hooks (Vercel, which applies them at its edge). Plain JavaScript: the hooks
 * load before any TypeScript tooling.
 */
// The hooks load before Next.js sets NODE_ENV, so anything but an explicit development run gets
// the production policy (scripts/dev.ts says "development").
const production = process.env.NODE_ENV !== "development";
// HSTS promises browsers two years of https on this host name; only a site whose public address
// is https can keep that promise. A plain-http install (a box on the LAN, a local production run)
// sends none. Read at load like NODE_ENV, before lib/platform/env.ts parses APP_URL (its default,
// http://localhost:3000, is plain http too).
const httpsSite = /^https:\/\//i.test(process.env.APP_URL?.trim() ?? "");

/**
 * One static Content-Security-Policy for every response, so cached pages stay cached: a per-request
 * nonce would force every page to render per request (docs/decisions/0008). Scripts come only from
 * this site; inline scripts are Next.js's own hydration data, hence 'unsafe-inline' for scripts and
 * no third-party script origin at all. Development adds what React's dev tooling needs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // blob: the back office previews a picture or video the coach has chosen, before it is uploaded.
  "media-src 'self' https: blob:",
  `connect-src 'self' blob:${production ? "" : " ws: wss:"}`,
  // Lesson videos; nothing else may be framed, and nobody may frame us.
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
  "frame-ancestors 'none'",
  // Buy without JavaScript is a real form post that redirects to Stripe Checkout; a plan's
  // "change the card or stop the plan" redirects to Stripe's customer portal.
  "form-action 'self' https://checkout.stripe.com https://billing.stripe.com",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

export const SECURITY_HEADERS = Object.freeze([
  ["Content-Security-Policy", CONTENT_SECURITY_POLICY],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["X-Frame-Options", "DENY"],
  // The guided player keeps the screen awake; nothing else needs a device feature.
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), screen-wake-lock=(self)"],
  ...(production && httpsSite ? [["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]] : []),
]);
