"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { Container } from "./container";
import { CONSULTATION_LINK, SITE_NAV } from "./site-nav";

/**
 * The same on every page, so a client component (see SiteHeader). The sign-up form comes in
 * from the server as `newsletter`: it carries the consent text, which lives with the schema.
 */
export function SiteFooter({ coachName, contactEmail, newsletter }: { coachName: string; contactEmail: string; newsletter: ReactNode }) {
  return (
    <footer className="mt-24 border-t border-line/70 bg-sand/60">
      <Container className="grid gap-10 py-14 md:grid-cols-[1.4fr_1fr_1fr]">
        <div className="max-w-md">
          <p className="font-serif text-2xl">Something gentle, once a month</p>
          <p className="mt-2 text-ink-muted">
            One short routine and a few honest words about living in a body under stress. No spam, leave with one
            click.
          </p>
          <div className="mt-4">{newsletter}</div>
        </div>

        <nav aria-label="Footer">
          <p className="font-semibold">Explore</p>
          <ul className="mt-3 space-y-1">
            {[...SITE_NAV, CONSULTATION_LINK, { href: "/account", label: "Your account" }].map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="footer-link">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>

        <div>
          <p className="font-semibold">Please read</p>
          <p className="mt-3 text-sm leading-relaxed text-ink-muted">
            Movement is not a cure, and these routines are not medical advice. Stop if anything hurts. If you are in
            crisis or thinking of harming yourself, call your local emergency number now, or in the US call or text
            988.
          </p>
          <p className="mt-4 text-sm text-ink-muted">
            Questions:{" "}
            <a className="underline underline-offset-4 hover:text-ink" href={`mailto:${contactEmail}`}>
              {contactEmail}
            </a>
          </p>
        </div>
      </Container>
      <Container className="border-t border-line/70 py-6 text-sm text-ink-muted">
        <p>
          © {coachName}. Made with care, for bodies that carry a lot.
        </p>
      </Container>
    </footer>
  );
}
