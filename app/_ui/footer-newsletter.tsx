"use client";

import Link from "next/link";
import { useEffect, useState, type ReactNode } from "react";
import { READER_COOKIE } from "@/lib/newsletter/reader-cookie";

/**
 * The footer's sign-up form, unless this browser already confirmed a subscription: the footer is
 * part of cached pages, so only the browser knows (a cookie that says nothing but "reader").
 */
export function FooterNewsletter({ children }: { children: ReactNode }) {
  const [reader, setReader] = useState(false);
  useEffect(() => {
    // Cookies are only readable after the cached page arrives.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReader(document.cookie.split("; ").includes(`${READER_COOKIE}=1`));
  }, []);
  if (!reader) return children;
  return (
    <p className="text-ink">
      You are on the list: the next letter comes to your inbox.{" "}
      <Link href="/newsletter/archive" className="font-semibold text-moss-strong underline underline-offset-4">
        Read past letters
      </Link>
    </p>
  );
}
