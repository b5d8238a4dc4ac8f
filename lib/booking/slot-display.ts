import type { HourCycle } from "./clock";

/**
 * How free times read for a visitor: in their zone and in their locale's habit (9:00 AM in the US,
 * 09:00 in Britain). Plain Intl, so it runs in the browser as well as on the server.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, ...options });
    formatters.set(key, format);
  }
  return format;
}

/** "2026-03-08": the calendar date of an instant in a zone (en-CA writes dates that way). */
export function calendarDate(instant: Date, timeZone: string): string {
  return formatter("en-CA", timeZone, { year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/**
 * "9:00 AM" for en-US, "09:00" for en-GB and de-DE: the locale's own clock, unless an hour cycle is
 * given (lib/booking/clock.ts): then "9:00 am" or "09:00" whatever the locale.
 */
export function clockTime(instant: Date, timeZone: string, locale: string, hourCycle?: HourCycle): string {
  return formatter(locale, timeZone, { minute: "2-digit", ...hourOptions(hourCycle) }).format(instant);
}

/** The hour as the clock habit writes it: "9:00 am", but "09:00" (every engine pads a 24-hour clock alike). */
export function hourOptions(hourCycle?: HourCycle): Intl.DateTimeFormatOptions {
  if (!hourCycle) return { hour: "numeric" };
  return hourCycle === "h23" ? { hour: "2-digit", hourCycle } : { hour: "numeric", hourCycle };
}

/** "Thursday, December 3" (en-US) or "Thursday 3 December" (en-GB). */
export function dayHeading(instant: Date, timeZone: string, locale: string): string {
  return formatter(locale, timeZone, { weekday: "long", day: "numeric", month: "long" }).format(instant);
}

/** "GMT+5:30", "GMT-8", or "GMT" at that instant. */
export function gmtOffset(timeZone: string, at: Date): string {
  const part = formatter("en-US", timeZone, { timeZoneName: "shortOffset" }).formatToParts(at).find((piece) => piece.type === "timeZoneName");
  return part?.value ?? "GMT";
}

/** "India Standard Time", "Central European Standard Time": what the zone is called at that instant. */
export function zoneLongName(timeZone: string, at: Date, locale = "en-US"): string {
  const part = formatter(locale, timeZone, { timeZoneName: "long" }).formatToParts(at).find((piece) => piece.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/** "Kolkata" from "Asia/Kolkata", "New York" from "America/New_York". */
export function zoneCity(timeZone: string): string {
  return timeZone.split("/").pop()!.replaceAll("_", " ");
}

/** "India Standard Time · GMT+5:30 · Kolkata": a zone as a person recognises it. */
export function friendlyZoneLabel(timeZone: string, at: Date, locale = "en-US"): string {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return "Coordinated Universal Time · UTC";
  return `${zoneLongName(timeZone, at, locale)} · ${gmtOffset(timeZone, at)} · ${zoneCity(timeZone)}`;
}

export interface DayOfTimes {
  date: string;
  heading: string;
  /** The day as a small calendar leaf shows it: "Tue", "8", "Dec". */
  leaf: { weekday: string; day: string; month: string };
  times: { start: Date; label: string }[];
}

/** "Tue", "8", "Dec": a day in a zone, in the parts a day strip shows. */
export function dayLeaf(instant: Date, timeZone: string, locale: string): DayOfTimes["leaf"] {
  const parts = formatter(locale, timeZone, { weekday: "short", day: "numeric", month: "short" }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((piece) => piece.type === type)?.value ?? "";
  return { weekday: part("weekday"), day: part("day"), month: part("month") };
}

/** Free times grouped by the visitor's calendar day, each with its heading and clock labels. */
export function timesByDay(starts: readonly Date[], timeZone: string, locale: string, hourCycle?: HourCycle): DayOfTimes[] {
  const days = new Map<string, DayOfTimes>();
  for (const start of starts) {
    const date = calendarDate(start, timeZone);
    let day = days.get(date);
    if (!day) {
      day = { date, heading: dayHeading(start, timeZone, locale), leaf: dayLeaf(start, timeZone, locale), times: [] };
      days.set(date, day);
    }
    day.times.push({ start, label: clockTime(start, timeZone, locale, hourCycle) });
  }
  return [...days.values()];
}
