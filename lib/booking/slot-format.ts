import type { HourCycle } from "./clock";
import { hourOptions } from "./slot-display";

const STYLES = {
  date: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  day: { weekday: "long", day: "numeric", month: "long" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  /** The locale's own clock: 9:00 AM in the US, 9:00 in Britain. */
  clock: { hour: "numeric", minute: "2-digit" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building an Intl.DateTimeFormat costs far more than using one, and the booking page formats a
// hundred times per request in one or two zones: keep one per locale, zone and style.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, timeZone: string, style: keyof typeof STYLES, hourCycle?: HourCycle): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${style}|${hourCycle ?? ""}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, ...STYLES[style], ...(hourCycle ? hourOptions(hourCycle) : {}) });
    formatters.set(key, format);
  }
  return format;
}

/**
 * "Tuesday 2 June 2026, 09:00–09:30" in a zone. Emails use this fixed form (nobody knows the
 * reader's locale there); a page that knows its visitor's language passes it and gets their clock:
 * "Tuesday, June 2, 2026, 3:00 AM–3:30 AM" for en-US; with an hour cycle, that clock in that
 * locale's words (lib/booking/clock.ts).
 */
export function formatSlot(start: Date, end: Date, timeZone: string, locale?: string, hourCycle?: HourCycle): string {
  const time = locale ? formatter(locale, timeZone, "clock", hourCycle) : formatter("en-GB", timeZone, "time");
  locale ??= "en-GB";
  return `${formatter(locale, timeZone, "date").format(start)}, ${time.format(start)}–${time.format(end)}`;
}

export function formatTime(instant: Date, timeZone: string, locale = "en-GB"): string {
  return formatter(locale, timeZone, "time").format(instant);
}

export function formatDay(instant: Date, timeZone: string, locale = "en-GB"): string {
  return formatter(locale, timeZone, "day").format(instant);
}

/** "Europe/Berlin" → "Europe / Berlin"; readable in a list and in emails. */
export function zoneLabel(timeZone: string): string {
  return timeZone.replaceAll("_", " ").replaceAll("/", " / ");
}
