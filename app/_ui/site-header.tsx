"use client";

import Link from "next/link";
import { Menu } from "lucide-react";
import { AccountLinks } from "./account-links";
import { Container } from "./container";
import { CONSULTATION_LINK, SITE_NAV } from "./site-nav";

/**
 * The same on every page, so a client component: its markup is rendered on the server as usual,
 * but each page's RSC data carries only `coachName` instead of the whole header (a fifth of a
 * page's RSC data); the code is one cached script.
 */
export function SiteHeader({ coachName }: { coachName: string }) {
  return (
    <header className="border-b border-line/70 bg-linen/95">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-md focus:bg-surface focus:px-4 focus:py-2"
      >
        Skip to content
      </a>
      <Container className="flex min-h-16 items-center justify-between gap-4 py-3">
        <Link href="/" className="flex min-h-11 items-center font-serif text-xl text-ink sm:text-2xl">
          {coachName}
        </Link>

        <nav aria-label="Main" className="hidden items-center gap-1 md:flex">
          {SITE_NAV.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className="nav-pill"
            >
              {item.label}
            </Link>
          ))}
          <AccountLinks linkClassName="nav-pill" />
          <Link
            href={CONSULTATION_LINK.href}
            className="ml-2 inline-flex min-h-11 items-center rounded-full bg-moss px-5 font-semibold text-on-moss hover:bg-moss-strong"
          >
            {CONSULTATION_LINK.label}
          </Link>
        </nav>

        {/* <details> gives a phone menu that works before (and without) JavaScript. */}
        <details className="group relative md:hidden">
          <summary className="flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center gap-2 rounded-full border border-line px-4 text-ink [&::-webkit-details-marker]:hidden">
            <Menu aria-hidden="true" className="size-5" />
            <span>Menu</span>
          </summary>
          <nav
            aria-label="Main"
            className="absolute right-0 z-40 mt-2 flex w-64 flex-col gap-1 rounded-2xl border border-line bg-surface p-3 shadow-lg"
            // The header stays mounted across client navigations, so a tapped link closes the menu
            // itself; it otherwise stayed open over the page it opened.
            onClick={(event) => {
              if ((event.target as HTMLElement).closest("a")) event.currentTarget.closest("details")?.removeAttribute("open");
            }}
          >
            {SITE_NAV.map((item) => (
              <Link key={item.href} href={item.href} className="menu-link">
                {item.label}
              </Link>
            ))}
            <AccountLinks linkClassName="menu-link" />
            <Link
              href={CONSULTATION_LINK.href}
              className="mt-1 flex min-h-11 items-center justify-center rounded-full bg-moss px-4 font-semibold text-on-moss"
            >
              {CONSULTATION_LINK.label}
            </Link>
          </nav>
        </details>
      </Container>
    </header>
  );
}
