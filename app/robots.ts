import type { MetadataRoute } from "next";
import { env } from "@/lib/platform/env";

// APP_URL is read at run time, not baked in at build.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const base = env().APP_URL;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/admin", "/account", "/api/", "/dev/", "/sign-in"] }],
    sitemap: `${base}/sitemap.xml`,
  };
}
