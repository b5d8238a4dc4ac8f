"use client";

import { Globe } from "lucide-react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import type { HourCycle } from "@/lib/booking/clock";
import { clockTime, friendlyZoneLabel } from "@/lib/booking/slot-display";
import { indexZones, searchZones } from "@/lib/booking/zone-search";
import type { TimeZoneEntry } from "@/lib/site/time-zone-directory";

/**
 * "Times are shown in India Standard Time · GMT+5:30 · Kolkata", and a search to change it: type a
 * country, a city or a zone's name. The directory loads the first time the search opens.
 */
export function ZonePicker({
  zone,
  detected,
  locale,
  hourCycle,
  onChange,
  lead = "Times are shown in",
}: {
  zone: string;
  detected: string | null;
  locale: string;
  hourCycle: HourCycle;
  onChange: (zone: string) => void;
  /** The words before the zone's name: the booking page's "Times are shown in", the settings' "Your time zone is". */
  lead?: string;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [directory, setDirectory] = useState<TimeZoneEntry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  // The label depends on the current date (summer time); the server and the browser agree on the zone.
  const [at] = useState(() => new Date());

  useEffect(() => {
    if (!open) return;
    input.current?.focus();
    if (directory) return;
    let cancelled = false;
    fetch("/api/time-zones")
      .then((response) => (response.ok ? (response.json() as Promise<TimeZoneEntry[]>) : Promise.reject(new Error(String(response.status)))))
      .then((entries) => {
        if (!cancelled) setDirectory(entries);
      })
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [open, directory]);

  const indexed = useMemo(() => (directory ? indexZones(directory, at) : []), [directory, at]);
  const results = useMemo(() => searchZones(indexed, query, detected), [indexed, query, detected]);

  const choose = (name: string) => {
    onChange(name);
    setOpen(false);
    setQuery("");
    toggle.current?.focus();
  };

  return (
    <div className="mt-2">
      <p className="text-ink-muted" aria-live="polite">
        <Globe aria-hidden="true" className="mr-1.5 inline size-4 align-[-2px]" />
        {lead} <strong className="text-ink">{friendlyZoneLabel(zone, at)}</strong>.
      </p>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls={`${ids}-panel`}
        onClick={() => setOpen((value) => !value)}
        className="mt-2 min-h-11 rounded-full border border-line px-4 font-semibold hover:border-moss"
      >
        {open ? "Close" : "Change time zone"}
      </button>
      {open ? (
        <div id={`${ids}-panel`} className="mt-3 rounded-3xl border border-line bg-surface p-4">
          <label htmlFor={`${ids}-search`} className="block font-semibold">
            Find your time zone
          </label>
          <p id={`${ids}-hint`} className="text-sm text-ink-muted">
            Type a country, a city or a zone, such as “India”, “Kyiv” or “Pacific”.
          </p>
          <input
            ref={input}
            id={`${ids}-search`}
            type="search"
            autoComplete="off"
            aria-describedby={`${ids}-hint`}
            aria-controls={`${ids}-results`}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") {
                setOpen(false);
                toggle.current?.focus();
              }
              if (event.key === "Enter" && results[0]) {
                event.preventDefault();
                choose(results[0].name);
              }
            }}
            className="mt-2 block w-full rounded-xl border border-line bg-surface px-4 py-3"
          />
          {failed ? (
            <p className="mt-3 text-danger">The list of time zones did not load. Check your connection and open the search again.</p>
          ) : !directory ? (
            <p className="mt-3 text-ink-muted">Loading time zones…</p>
          ) : results.length === 0 ? (
            <p className="mt-3 text-ink-muted" role="status">No time zone matches “{query}”.</p>
          ) : (
            <ul id={`${ids}-results`} aria-label="Matching time zones" className="mt-3 divide-y divide-line">
              {results.map((entry) => (
                <li key={entry.name}>
                  <button
                    type="button"
                    onClick={() => choose(entry.name)}
                    aria-current={entry.name === zone ? "true" : undefined}
                    className="flex min-h-11 w-full items-center justify-between gap-3 rounded-xl px-2 py-2 text-left hover:bg-sand"
                  >
                    <span>
                      <span className="block font-semibold">{friendlyZoneLabel(entry.name, at)}</span>
                      <span className="block text-sm text-ink-muted">
                        {[entry.countryName, ...entry.cities.slice(1, 3)].filter(Boolean).join(", ")}
                        {entry.name === detected ? " · your device" : ""}
                      </span>
                    </span>
                    <span className="shrink-0 text-sm tabular-nums text-ink-muted">now {clockTime(at, entry.name, locale, hourCycle)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
    </div>
  );
}
