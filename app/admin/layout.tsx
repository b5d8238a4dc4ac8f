import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Container } from "@/app/_ui/container";
import { NOT_FOUND_TITLE } from "@/app/_ui/not-found-title";
import { decideAccess } from "@/lib/auth/access";
import { currentUser, requireAdmin } from "@/app/_auth/guards";
import { AdminNavLinks } from "./admin-nav-links";

/** Anyone but the coach gets the site's own 404, title and all: nothing says a back office is here. */
export async function generateMetadata(): Promise<Metadata> {
  const user = await currentUser();
  if (decideAccess(user, "admin") !== "allow") return { title: { absolute: NOT_FOUND_TITLE }, robots: { index: false } };
  return { title: { default: "Back office", template: "%s · Back office" }, robots: { index: false } };
}

// The back office is always rendered per request, never at build time.
export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Each page and action checks again: a layout alone is not a guard.
  const admin = await requireAdmin();
  return (
    <div className="min-h-dvh">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-surface focus:px-4 focus:py-2">
        Skip to content
      </a>
      <header className="border-b border-line bg-surface">
        <Container className="flex flex-wrap items-center justify-between gap-3 py-3">
          <p className="font-serif text-xl">Back office</p>
          <p className="text-sm text-ink-muted">
            {admin.email} ·{" "}
            <Link href="/" className="inline-flex min-h-11 items-center underline underline-offset-4 hover:text-ink">
              View site
            </Link>
          </p>
        </Container>
        <Container>
          <AdminNavLinks />
        </Container>
      </header>
      <main id="main">
        <Container className="py-10">{children}</Container>
      </main>
    </div>
  );
}
