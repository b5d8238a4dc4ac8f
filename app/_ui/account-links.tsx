"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import type { Me } from "@/app/api/me/route";
import { headerHintFor } from "@/lib/auth/header-hint";

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
 * The header is part of cached pages, the same HTML for everyone, so until the browser has asked
 * who is looking it holds every variant and CSS shows the one the header hint names (<html
 * data-who>, set before the first paint; lib/auth/header-hint.ts). Without a hint, or without
 * JavaScript, that is "Sign in", which leads a signed-in person on. Once /api/me answers, only
 * the true variant stays, with the course's own address.
 */
export function AccountLinks({ linkClassName }: { linkClassName: string }) {
  const [me, setMe] = useState<Me | null>(null);
  useEffect(() => {
    let live = true;
    void loadMe().then((value) => {
      if (!live) return;
      setMe(value);
      const hint = headerHintFor(value);
      if (hint) document.documentElement.dataset.who = hint;
      else delete document.documentElement.dataset.who;
    });
    return () => {
      live = false;
    };
  }, []);
  if (me === null) {
    return (
      <>
        <Link href="/admin" className={`${linkClassName} who-coach`}>
          Back office
        </Link>
        <Link href="/learn" className={`${linkClassName} who-learner`}>
          My course
        </Link>
        <Link href="/account" className={`${linkClassName} who-account`}>
          Account
        </Link>
        <Link href="/sign-in" className={`${linkClassName} who-visitor`}>
          Sign in
        </Link>
      </>
    );
  }
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
