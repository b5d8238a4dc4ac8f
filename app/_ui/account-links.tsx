"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { Me } from "@/app/api/me/route";

/** One request per page for both copies of the header's links (the bar and the phone menu). */
let pending: Promise<Me> | null = null;
function loadMe(): Promise<Me> {
  pending ??= fetch("/api/me", { credentials: "same-origin", cache: "no-store" })
    .then((response) => (response.ok ? (response.json() as Promise<Me>) : ({ kind: "visitor" } as Me)))
    .catch(() => ({ kind: "visitor" }) as Me)
    .finally(() => setTimeout(() => (pending = null), 5_000));
  return pending;
}

/**
 * "Sign in" for visitors, "My course" and "Account" for members, "Back office" for the coach.
 * The header is part of cached pages, so the browser asks who is looking after load; before
 * that (and without JavaScript) everyone sees "Sign in", which leads a signed-in person on.
 */
export function AccountLinks({ linkClassName }: { linkClassName: string }) {
  const [me, setMe] = useState<Me>({ kind: "visitor" });
  useEffect(() => {
    let live = true;
    void loadMe().then((value) => live && setMe(value));
    return () => {
      live = false;
    };
  }, []);
  if (me.kind === "coach") {
    return (
      <Link href="/admin" className={linkClassName}>
        Back office
      </Link>
    );
  }
  if (me.kind === "member") {
    return (
      <>
        {me.course ? (
          <Link href={me.course.href} className={linkClassName}>
            My course
          </Link>
        ) : null}
        <Link href="/account" className={linkClassName}>
          Account
        </Link>
      </>
    );
  }
  return (
    <Link href="/sign-in" className={linkClassName}>
      Sign in
    </Link>
  );
}
