import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/app/_ui/site-footer";
import { SiteHeader } from "@/app/_ui/site-header";
import { getPublicCoachProfile } from "@/lib/site/cached";

export async function generateMetadata(): Promise<Metadata> {
  const coach = await getPublicCoachProfile();
  const name = coach?.name ?? "Movement coach";
  return {
    title: { default: `${name} · ${coach?.headline ?? "Movement and somatic coach"}`, template: `%s · ${name}` },
    description: coach?.shortBio,
  };
}

export default async function SiteLayout({ children }: { children: ReactNode }) {
  const coach = await getPublicCoachProfile();
  return (
    <div className="flex min-h-dvh flex-col">
      <SiteHeader coachName={coach?.name ?? "Home"} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter coachName={coach?.name ?? "The coach"} contactEmail={coach?.contactEmail ?? "hello@example.com"} />
    </div>
  );
}
