"use client";

import Link from "next/link";
import { Container } from "./container";
import { CalmShapes } from "./illustrations";
import { SITE_NAV } from "./site-nav";

/**
 * The not-found page's content. Next.js puts the root not-found view into the RSC data of every
 * page (it is the boundary's fallback); as a client component it is a reference there, not its
 * whole markup.
 */
export function NotFoundView() {
  return (
    <main id="main" className="flex min-h-dvh items-center py-16">
      <Container className="grid items-center gap-10 md:grid-cols-[1fr_1.2fr]">
        <CalmShapes className="mx-auto w-56 md:w-72" />
        <div className="max-w-xl">
          <p className="font-semibold text-clay">Page not found</p>
          <h1 className="mt-2 text-4xl sm:text-5xl">This page isn&rsquo;t here. Take a breath.</h1>
          <p className="mt-4 text-ink-muted">
            The link may be old, or this part of the site is still being written. These are good places to go next:
          </p>
          <ul className="mt-6 flex flex-wrap gap-3">
            <li>
              <Link href="/" className="inline-flex min-h-11 items-center rounded-full bg-moss px-5 font-semibold text-on-moss hover:bg-moss-strong">
                Home
              </Link>
            </li>
            {SITE_NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="inline-flex min-h-11 items-center rounded-full border border-line px-5 hover:bg-sand">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </Container>
    </main>
  );
}
