"use client";

import { useState } from "react";
import { ZonePicker } from "@/app/_ui/zone-picker";

/**
 * The coach's time zone, chosen with the same search the booking page offers (a country, a city
 * or a zone's name) instead of a list of four hundred zones. The form sends it as `timezone`.
 */
export function ZoneField({ initial, error }: { initial: string; error?: string }) {
  const [zone, setZone] = useState(initial);
  return (
    <fieldset aria-describedby={error ? "timezone-error" : "timezone-hint"}>
      <legend className="font-semibold">Your time zone</legend>
      <p id="timezone-hint" className="text-sm text-ink-muted">
        Consultation times, letters sent later and course parts that open on a date are worked out in this zone.
      </p>
      <input type="hidden" name="timezone" value={zone} />
      <ZonePicker zone={zone} detected={null} locale="en-GB" hourCycle="h23" onChange={setZone} lead="Your time zone is" />
      {error ? (
        <p id="timezone-error" className="mt-1 text-sm font-semibold text-danger">
          ⚠ {error}
        </p>
      ) : null}
    </fieldset>
  );
}
