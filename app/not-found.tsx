import type { Metadata } from "next";
import Link from "next/link";
import { NOT_FOUND_TITLE } from "./_ui/not-found-title";
import { Container } from "./_ui/container";
import { CalmShapes } from "./_ui/illustrations";
import { SITE_NAV } from "./_ui/site-nav";

export const metadata: Metadata = { title: NOT_FOUND_TITLE, robots: { index: false } };

export default function NotFound() {
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
