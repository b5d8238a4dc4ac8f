"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** Shows times in the visitor's own zone: when the URL names none, use the browser's. */
export function DetectTimezone({ current }: { current: string | null }) {
  const router = useRouter();
  useEffect(() => {
    if (current) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) router.replace(`/consultation?tz=${encodeURIComponent(zone)}`, { scroll: false });
  }, [current, router]);
  return null;
}
