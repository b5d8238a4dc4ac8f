import type { ReactNode } from "react";
import { SiteChrome } from "@/app/_ui/site-chrome";

export default function AccountLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
