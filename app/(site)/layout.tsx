import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteChrome } from "@/app/_ui/site-chrome";
import { BUILD_PLACEHOLDER_ATTRIBUTE, renderingAtBuild } from "@/lib/platform/cache/build-placeholder.mjs";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";

export async function generateMetadata(): Promise<Metadata> {
  if (renderingAtBuild()) return {};
  const coach = await getPublicCoachProfile();
  const name = coach?.name ?? "Movement coach";
  return {
    title: { default: `${name} · ${coach?.headline ?? "Movement and somatic coach"}`, template: `%s · ${name}` },
    description: coach?.shortBio,
  };
}

export default function SiteLayout({ children }: { children: ReactNode }) {
  // The pages at fixed addresses are prerendered by `next build`, which has no database: they are
  // built as a placeholder that is never served (lib/platform/cache/build-placeholder.mjs).
  if (renderingAtBuild()) return <main {...{ [BUILD_PLACEHOLDER_ATTRIBUTE]: "" }}>Rendered on the first request.</main>;
  return <SiteChrome>{children}</SiteChrome>;
}
