"use client";

import { useEffect, useMemo, useState } from "react";
import { SlotDays } from "@/app/_ui/slot-days";
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

  const upcoming = useMemo(() => {
    const earliest = now === null ? -Infinity : now + minNoticeMinutes * 60_000;
    return starts.map((start) => ({ start: new Date(start) })).filter((slot) => slot.start.getTime() >= earliest);
  }, [starts, now, minNoticeMinutes]);

  return (
    <>
      <ZonePicker zone={zone} detected={detected} locale={locale} onChange={setZone} />
      {upcoming.length === 0 ? (
        <p className="mt-8 rounded-3xl border border-dashed border-line p-6 text-ink-muted">
          There are no free times in the next two weeks.{" "}
          {contactEmail ? (
            <>
              Please write to <a className="underline" href={`mailto:${contactEmail}`}>{contactEmail}</a> and we will find one.
            </>
          ) : null}
        </p>
      ) : (
        <div className="mt-8">
          <SlotDays
            slots={upcoming}
            timeZone={zone}
            locale={locale}
            // A time opens the booking form, a new page read from its top.
            keepScroll={false}
            hrefFor={(start) => `/consultation/book?start=${encodeURIComponent(start.toISOString())}&tz=${encodeURIComponent(zone)}`}
          />
        </div>
      )}
    </>
  );
}
