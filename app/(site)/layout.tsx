import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteChrome } from "@/app/_ui/site-chrome";
import { getPublicCoachProfile } from "@/lib/site/cached";

export async function generateMetadata(): Promise<Metadata> {
  const coach = await getPublicCoachProfile();
  const name = coach?.name ?? "Movement coach";
  return {
    title: { default: `${name} · ${coach?.headline ?? "Movement and somatic coach"}`, template: `%s · ${name}` },
    description: coach?.shortBio,
  };
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
