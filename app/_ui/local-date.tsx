"use client";

import { useSyncExternalStore } from "react";

const format = (iso: string, timeZone?: string) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", ...(new Date(iso).getFullYear() !== new Date().getFullYear() ? { year: "numeric" } : {}), timeZone }).format(new Date(iso));

/**
 * A date as the reader's own calendar shows it ("12 January"): the server writes it in the coach's
 * zone, and the browser rewrites it in the reader's once it runs (a part that opens at midnight in
 * Berlin opens on the 11th in Los Angeles).
 */
export function LocalDate({ iso, serverZone }: { iso: string; serverZone: string }) {
  const text = useSyncExternalStore(
    () => () => {},
    () => format(iso),
    () => format(iso, serverZone),
  );
  return <time dateTime={iso}>{text}</time>;
}
