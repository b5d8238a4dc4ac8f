"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { timesByDay } from "@/lib/booking/slot-display";
import { currentZoneName } from "@/lib/site/zone-renames";
import { ZonePicker } from "./zone-picker";

interface FreeTimesProps {
  /** Free start times (ISO, UTC), as the cached page rendered them. */
  starts: string[];
  minNoticeMinutes: number;
  /** The zone the server rendered in: the URL's, else the coach's. */
  initialZone: string;
  /** True when the URL named the zone: the visitor chose it, so it is not replaced by the browser's. */
  zoneFromUrl: boolean;
  contactEmail: string | null;
}

/** The locale the server renders in; the browser's own takes over once the page is running. */
const SERVER_LOCALE = "en-GB";

/**
 * The list of free times. The server renders it in one zone (links that work without JavaScript);
 * in the browser it shows the visitor's own zone and clock habit at once, with no second request,
 * and hides times that have come too close since the page was cached.
 */
export function FreeTimes({ starts, minNoticeMinutes, initialZone, zoneFromUrl, contactEmail }: FreeTimesProps) {
  const [zone, setZone] = useState(initialZone);
  const [locale, setLocale] = useState(SERVER_LOCALE);
  const [now, setNow] = useState<number | null>(null);
  const [detected, setDetected] = useState<string | null>(null);

  useEffect(() => {
    const reported = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const browserZone = reported ? currentZoneName(reported) : null;
    // Hydration must first match the server's HTML; the visitor's own settings apply right after.
    /* eslint-disable react-hooks/set-state-in-effect */
    setDetected(browserZone ?? null);
    setLocale(navigator.language || SERVER_LOCALE);
    setNow(Date.now());
    if (!zoneFromUrl && browserZone) setZone(browserZone);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [zoneFromUrl]);

  useEffect(() => {
    if (now === null) return;
    // Keep the chosen zone in the address, so a shared or reloaded link shows the same times.
    const url = new URL(window.location.href);
    if (url.searchParams.get("tz") !== zone) {
      url.searchParams.set("tz", zone);
      window.history.replaceState(window.history.state, "", url);
    }
  }, [zone, now]);

  const days = useMemo(() => {
    const earliest = now === null ? -Infinity : now + minNoticeMinutes * 60_000;
    const upcoming = starts.map((start) => new Date(start)).filter((start) => start.getTime() >= earliest);
    return timesByDay(upcoming, zone, locale);
  }, [starts, zone, locale, now, minNoticeMinutes]);

  return (
    <>
      <ZonePicker zone={zone} detected={detected} locale={locale} onChange={setZone} />
      {days.length === 0 ? (
        <p className="mt-8 rounded-3xl border border-dashed border-line p-6 text-ink-muted">
          There are no free times in the next two weeks.{" "}
          {contactEmail ? (
            <>
              Please write to <a className="underline" href={`mailto:${contactEmail}`}>{contactEmail}</a> and we will find one.
            </>
          ) : null}
        </p>
      ) : (
        <ol className="mt-8 space-y-6">
          {days.map((day) => (
            <li key={day.date}>
              <h3 className="font-sans text-lg font-semibold">{day.heading}</h3>
              {/* One class list per day, not per time: a fortnight has a couple of hundred times. */}
              <ul
                className="mt-3 flex flex-wrap gap-2 [&_a]:inline-flex [&_a]:min-h-11 [&_a]:min-w-20 [&_a]:items-center [&_a]:justify-center [&_a]:rounded-full [&_a]:border [&_a]:border-moss/60 [&_a]:px-4 [&_a]:font-semibold [&_a]:tabular-nums [&_a:hover]:bg-moss [&_a:hover]:text-on-moss"
                aria-label={`Free times on ${day.heading}`}
              >
                {day.times.map((time) => (
                  <li key={time.start.toISOString()}>
                    <Link
                      href={`/consultation/book?start=${encodeURIComponent(time.start.toISOString())}&tz=${encodeURIComponent(zone)}`}
                      // Each time opens its own per-request booking form: prefetching dozens of them
                      // costs the server and the phone more than the one tap it would speed up.
                      prefetch={false}
                    >
                      {time.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
