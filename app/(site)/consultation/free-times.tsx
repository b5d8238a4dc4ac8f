"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { TimeList } from "@/app/_ui/slot-days";
import { clockHabit, isHourCycle, pageEnglish, type HourCycle } from "@/lib/booking/clock";
import { timesByDay } from "@/lib/booking/slot-display";
import { currentZoneName } from "@/lib/site/zone-renames";
import { ZonePicker } from "@/app/_ui/zone-picker";

interface FreeTimesProps {
  /** Free start times (ISO, UTC), as the cached page rendered them. */
  starts: string[];
  minNoticeMinutes: number;
  /** The zone the server rendered in: the URL's, else the coach's. */
  initialZone: string;
  /** True when the URL named the zone: the visitor chose it, so it is not replaced by the browser's. */
  zoneFromUrl: boolean;
  /** The English and the clock the server rendered in (lib/booking/clock.ts). */
  initialHabit: { words: string; hourCycle: HourCycle };
  /** True when the URL named the clock: the visitor chose it. */
  clockFromUrl: boolean;
  contactEmail: string | null;
}

/** Where a visitor's choice of clock is remembered in their browser. */
const CLOCK_KEY = "booking-clock";

const CLOCK_LABELS: Record<HourCycle, string> = { h12: "12-hour", h23: "24-hour" };

/** The anchor of a day's times: the strip's links work as plain anchors without JavaScript. */
const dayAnchor = (date: string) => `day-${date}`;

/**
 * The free times: a strip of days, and below it the times of the chosen day (the first with
 * times, until the visitor picks another), as on Calendly; a fortnight as one list ran to
 * 3,800 px on a phone.
 *
 * One cached page serves every visitor, so the server cannot know the visitor's zone. Rather than
 * show the coach's zone and switch a moment later (times that jump under a finger about to tap
 * them), the server's rendering stays invisible, keeping its height, behind a calm line until the
 * browser has supplied its zone and clock habit; that is right after hydration, with no second
 * request. A cookie would let the server render the right zone, but only per request, which the
 * cached page exists to avoid, and a first visit would still switch. Without JavaScript a
 * <noscript> style (consultation-page.tsx) shows the server's rendering at once, and the strip's
 * links are anchors that CSS follows (globals.css, .day-panels).
 */
export function FreeTimes({ starts, minNoticeMinutes, initialZone, zoneFromUrl, initialHabit, clockFromUrl, contactEmail }: FreeTimesProps) {
  const [zone, setZone] = useState(initialZone);
  // Words in the page's English, hours in the visitor's clock habit (lib/booking/clock.ts).
  const [locale, setLocale] = useState(initialHabit.words);
  const [hourCycle, setHourCycle] = useState<HourCycle>(initialHabit.hourCycle);
  const [clockChosen, setClockChosen] = useState(clockFromUrl);
  const [now, setNow] = useState<number | null>(null);
  const [detected, setDetected] = useState<string | null>(null);
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const ready = now !== null;
  const panels = useRef<HTMLDivElement>(null);
  const [tapped, setTapped] = useState(0);

  // A day chosen low on a phone's screen has its times below the fold: bring their first row into
  // view (focus stays on the day, so the strip can still be walked with the keyboard).
  useEffect(() => {
    if (!tapped || !panels.current) return;
    const box = panels.current.getBoundingClientRect();
    if (box.top + 120 <= window.innerHeight) return;
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    panels.current.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
  }, [tapped]);

  useEffect(() => {
    const reported = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const browserZone = reported ? currentZoneName(reported) : null;
    // Hydration must first match the server's HTML; the visitor's own settings apply right after.
    /* eslint-disable react-hooks/set-state-in-effect */
    setDetected(browserZone ?? null);
    setLocale(pageEnglish(navigator.language));
    if (!clockFromUrl) {
      const saved = readSavedClock();
      setHourCycle(saved ?? clockHabit(navigator.language));
      setClockChosen(saved !== null);
    }
    setNow(Date.now());
    if (!zoneFromUrl && browserZone) setZone(browserZone);
    // A shared link to a day (#day-2026-12-08) opens on that day.
    const linked = /^#day-(\d{4}-\d{2}-\d{2})$/.exec(window.location.hash);
    if (linked) setChosenDay(linked[1]!);
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [zoneFromUrl, clockFromUrl]);

  useEffect(() => {
    if (now === null) return;
    // Keep the chosen zone in the address, so a shared or reloaded link shows the same times.
    // A chosen clock goes there too; the locale's own habit needs no saying.
    const url = new URL(window.location.href);
    const clock = clockChosen ? hourCycle : null;
    if (url.searchParams.get("tz") !== zone || url.searchParams.get("clock") !== clock) {
      url.searchParams.set("tz", zone);
      if (clock) url.searchParams.set("clock", clock);
      else url.searchParams.delete("clock");
      window.history.replaceState(window.history.state, "", url);
    }
  }, [zone, now, hourCycle, clockChosen]);

  const chooseClock = (cycle: HourCycle) => {
    setHourCycle(cycle);
    setClockChosen(true);
    try {
      window.localStorage.setItem(CLOCK_KEY, cycle);
    } catch {
      // Storage refused (private mode): the choice still holds for this page and its links.
    }
  };

  const days = useMemo(() => {
    const earliest = now === null ? -Infinity : now + minNoticeMinutes * 60_000;
    const upcoming = starts.map((start) => new Date(start)).filter((start) => start.getTime() >= earliest);
    return timesByDay(upcoming, zone, locale, hourCycle);
  }, [starts, now, minNoticeMinutes, zone, locale, hourCycle]);

  const clockToggle = (
    // Quieter than the day strip: a setting beside the times, not the page's action.
    <div role="group" aria-labelledby="clock-label" className="mt-3 flex flex-wrap items-center gap-1">
      <span id="clock-label" className="mr-2 text-ink-muted">
        Clock
      </span>
      {(Object.keys(CLOCK_LABELS) as HourCycle[]).map((cycle) => (
        <a
          key={cycle}
          // A link, so it works without JavaScript too (the per-request page reads ?clock=).
          href={`/consultation?tz=${encodeURIComponent(zone)}&clock=${cycle}`}
          aria-current={cycle === hourCycle ? "true" : undefined}
          onClick={(event) => {
            event.preventDefault();
            chooseClock(cycle);
          }}
          className={`inline-flex min-h-11 items-center rounded-full border px-4 transition-colors duration-300 ${
            cycle === hourCycle ? "border-moss bg-sand font-semibold text-ink" : "border-transparent text-ink-muted underline underline-offset-4 hover:bg-sand hover:text-ink"
          }`}
        >
          {CLOCK_LABELS[cycle]}
        </a>
      ))}
    </div>
  );

  // The chosen day, if it still has times in this zone; else the first day that has any.
  const chosen = days.find((day) => day.date === chosenDay) ?? days[0];

  if (ready && days.length === 0) {
    return (
      <>
        <ZonePicker zone={zone} detected={detected} locale={locale} hourCycle={hourCycle} onChange={setZone} />
        <p className="mt-8 rounded-3xl border border-dashed border-line p-6 text-ink-muted">
          There are no free times in the next two weeks.{" "}
          {contactEmail ? (
            <>
              Please write to <a className="underline" href={`mailto:${contactEmail}`}>{contactEmail}</a> and we will find one.
            </>
          ) : null}
        </p>
      </>
    );
  }

  return (
    <div className="relative" aria-busy={!ready}>
      {ready ? null : (
        <p role="status" className="zone-pending-note absolute inset-x-0 top-2 text-ink-muted motion-safe:animate-pulse">
          Finding the times in your time zone…
        </p>
      )}
      <div className={ready ? "times-arrive" : "zone-pending"}>
        <ZonePicker zone={zone} detected={detected} locale={locale} hourCycle={hourCycle} onChange={setZone} />
        {clockToggle}
        <nav aria-label="Days with free times" className="mt-8">
          {/* Five a row on a phone, so a fortnight's weekdays take two rows and the times stay near. */}
          <ul className="grid grid-cols-5 gap-2 sm:flex sm:flex-wrap">
            {days.map((day) => {
              const current = day.date === chosen?.date;
              return (
                <li key={day.date}>
                  <a
                    href={`#${dayAnchor(day.date)}`}
                    aria-current={current ? "date" : undefined}
                    onClick={(event) => {
                      // With JavaScript the times change in place: no jump down the page, focus stays here.
                      event.preventDefault();
                      setChosenDay(day.date);
                      setTapped((count) => count + 1);
                    }}
                    className={`flex min-h-11 flex-col items-center sm:w-16 rounded-2xl border px-1 py-2 leading-tight transition-colors duration-300 ${
                      current ? "border-moss bg-moss text-on-moss" : "border-line bg-surface hover:border-moss hover:bg-sand"
                    }`}
                  >
                    {/* Its name is what it shows ("Tue 8 Dec"), so voice control finds it by what it says. */}
                    <span className="text-sm">{day.leaf.weekday}</span>{" "}
                    <span className="text-xl font-semibold tabular-nums">{day.leaf.day}</span>{" "}
                    <span className="text-sm">{day.leaf.month}</span>
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
        {/* Before the browser's settings are known every day is in the HTML (anchors, no JavaScript);
            after, only the chosen one, which keeps a fortnight's links out of the page. */}
        <div ref={panels} className="day-panels mt-6 scroll-mt-4" data-live={ready ? "" : undefined}>
          {(ready && chosen ? [chosen] : days).map((day) => (
            // Once live, one panel that stays mounted, so its heading's change is announced.
            <div key={ready ? "chosen" : day.date} id={dayAnchor(day.date)} className="day-panel">
              <h3 className="font-sans text-lg font-semibold" aria-live={ready ? "polite" : undefined}>
                {day.heading}
              </h3>
              <TimeList
                day={day}
                // A time opens the booking form, a new page read from its top.
                keepScroll={false}
                hrefFor={(start) => `/consultation/book?start=${encodeURIComponent(start.toISOString())}&tz=${encodeURIComponent(zone)}&clock=${hourCycle}`}
              />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

/** The clock this browser chose before, if any. */
function readSavedClock(): HourCycle | null {
  try {
    const saved = window.localStorage.getItem(CLOCK_KEY);
    return isHourCycle(saved) ? saved : null;
  } catch {
    return null;
  }
}
