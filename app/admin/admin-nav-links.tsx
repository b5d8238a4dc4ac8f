"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { ADMIN_NAV } from "./admin-nav";

/** The section a path belongs to: the longest nav address it starts with (/admin only for itself). */
function currentSection(pathname: string): string | null {
  const matches = ADMIN_NAV.filter((item) => (item.href === "/admin" ? pathname === "/admin" : pathname === item.href || pathname.startsWith(`${item.href}/`)));
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}

/**
 * The back office's sections. From a tablet's width up they wrap onto a second line rather than
 * hide behind the edge; on a phone they scroll sideways, the current section scrolled into view
 * and the edge fading to say there is more.
 */
export function AdminNavLinks() {
  const pathname = usePathname();
  const current = currentSection(pathname);
  const nav = useRef<HTMLElement>(null);

  useEffect(() => {
    nav.current?.querySelector<HTMLElement>('[aria-current="page"]')?.scrollIntoView({ block: "nearest", inline: "center" });
  }, [current]);

  return (
    <nav
      ref={nav}
      aria-label="Back office"
      className="-mb-px flex gap-1 overflow-x-auto [mask-image:linear-gradient(to_right,black_88%,transparent)] md:flex-wrap md:overflow-visible md:[mask-image:none]"
    >
      {ADMIN_NAV.map((item) => {
        const here = item.href === current;
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={here ? "page" : undefined}
            className={`inline-flex min-h-11 items-center whitespace-nowrap border-b-2 px-3 ${here ? "border-moss font-semibold text-ink" : "border-transparent text-ink-muted hover:border-line hover:text-ink"}`}
          >
            {item.label}
          </Link>
        );
      })}
      {/* Room to scroll the last section clear of the fading edge on a phone. */}
      <span aria-hidden="true" className="w-12 shrink-0 md:hidden" />
    </nav>
  );
}
