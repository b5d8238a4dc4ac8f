import type { ReactNode } from "react";
import { SiteChrome } from "@/app/_ui/site-chrome";

// Personal pages: rendered per request, never at build time (there is no database then).
export const dynamic = "force-dynamic";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
