import ICAL from "ical.js";
import { TZDate } from "@date-fns/tz";

/**
 * Busy intervals from an iCalendar file, as a pure function of its text, a window and the coach's
 * zone. Recurring events are expanded (RRULE, RDATE, EXDATE, moved or cancelled occurrences by
 * RECURRENCE-ID); events marked free (TRANSP:TRANSPARENT) or cancelled are left out; all-day and
 * floating times are read in the coach's zone, as a calendar app shows them to the coach.
 */

export interface BusyInterval {
  start: Date;
  end: Date;
}

export interface BusyTimes {
  busy: BusyInterval[];
  /** Busy events in the file (a recurring event counts once). */
  events: number;
}

export class CalendarParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CalendarParseError";
  }
}

/** Most occurrences looked at per recurring event: a runaway rule (every minute since 1990) stops here. */
const MAX_STEPS_PER_EVENT = 50_000;
/** Most busy intervals kept from one calendar. */
export const MAX_BUSY_INTERVALS = 10_000;

const zoneIsKnown = new Map<string, boolean>();
function isIanaZone(zone: string): boolean {
  let known = zoneIsKnown.get(zone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      known = true;
    } catch {
      known = false;
    }
    zoneIsKnown.set(zone, known);
  }
  return known;
}

/**
 * The instant of a time as the file means it: UTC as written; a TZID the platform knows by its
 * IANA rules (more current than a file's VTIMEZONE); another TZID (Outlook's "W. Europe Standard
 * Time") by the VTIMEZONE in the file; a date or a floating time in the coach's zone.
 */
function instantOf(time: ICAL.Time, tzid: string | null, coachZone: string): Date {
  if (time.zone === ICAL.Timezone.utcTimezone) {
    return new Date(Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second));
  }
  const wallClock = (zone: string) => new Date(new TZDate(time.year, time.month - 1, time.day, time.isDate ? 0 : time.hour, time.isDate ? 0 : time.minute, time.isDate ? 0 : time.second, zone).getTime());
  if (time.isDate) return wallClock(coachZone);
  if (tzid && isIanaZone(tzid)) return wallClock(tzid);
  if (tzid && time.zone && time.zone !== ICAL.Timezone.localTimezone && time.zone.component) return new Date(time.toUnixTime() * 1000);
  return wallClock(coachZone);
}

function tzidOf(event: ICAL.Event, property: "dtstart" | "dtend"): string | null {
  const found = event.component.getFirstProperty(property) ?? (property === "dtend" ? event.component.getFirstProperty("dtstart") : null);
  const tzid = found?.getParameter("tzid");
  return typeof tzid === "string" ? tzid : null;
}

function isBusy(event: ICAL.Event): boolean {
  const transparency = String(event.component.getFirstPropertyValue("transp") ?? "OPAQUE").toUpperCase();
  const status = String(event.component.getFirstPropertyValue("status") ?? "CONFIRMED").toUpperCase();
  return transparency !== "TRANSPARENT" && status !== "CANCELLED";
}

function parseCalendar(text: string): ICAL.Component {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) {
    throw new CalendarParseError("The address did not give a calendar file (it does not start with BEGIN:VCALENDAR). Use the calendar’s ICS or iCal address, not its web page.");
  }
  try {
    return new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
  } catch (error) {
    throw new CalendarParseError(`The calendar file could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

export function parseBusyTimes(text: string, window: { from: Date; to: Date; timeZone: string }): BusyTimes {
  const calendar = parseCalendar(text);
  const from = window.from.getTime();
  const to = window.to.getTime();
  const busy: BusyInterval[] = [];
  let events = 0;

  const keep = (start: Date, end: Date) => {
    if (end.getTime() <= from || start.getTime() >= to || end.getTime() <= start.getTime()) return;
    busy.push({ start: new Date(Math.max(start.getTime(), from)), end: new Date(Math.min(end.getTime(), to)) });
  };

  // Masters by UID; a RECURRENCE-ID component is an exception to its master's series.
  const masters = new Map<string, ICAL.Event>();
  const exceptions: ICAL.Event[] = [];
  for (const component of calendar.getAllSubcomponents("vevent")) {
    const event = new ICAL.Event(component, { strictExceptions: true, exceptions: [] });
    if (!event.component.getFirstProperty("dtstart")) continue;
    if (event.isRecurrenceException()) exceptions.push(event);
    else masters.set(event.uid ?? `no-uid-${masters.size}`, event);
  }
  for (const exception of exceptions) {
    const master = masters.get(exception.uid);
    if (master) master.relateException(exception);
    else masters.set(`${exception.uid}-orphan-${masters.size}`, exception); // an exception without its series stands alone
  }

  for (const event of masters.values()) {
    if (!event.isRecurring()) {
      if (!isBusy(event)) continue;
      events += 1;
      keep(instantOf(event.startDate, tzidOf(event, "dtstart"), window.timeZone), instantOf(event.endDate, tzidOf(event, "dtend"), window.timeZone));
      continue;
    }
    if (isBusy(event)) events += 1;
    const iterator = event.iterator();
    for (let step = 0; step < MAX_STEPS_PER_EVENT; step += 1) {
      const next = iterator.next();
      if (!next) break;
      const details = event.getOccurrenceDetails(next);
      const start = instantOf(details.startDate, tzidOf(details.item, "dtstart"), window.timeZone);
      // Occurrences come in order of their series time; a moved one may land earlier or later, so
      // the walk ends a day past the window rather than at its edge.
      if (instantOf(next, tzidOf(event, "dtstart"), window.timeZone).getTime() > to + 86_400_000) break;
      if (!isBusy(details.item)) continue;
      keep(start, instantOf(details.endDate, tzidOf(details.item, "dtend"), window.timeZone));
      if (busy.length > MAX_BUSY_INTERVALS) break;
    }
    if (busy.length > MAX_BUSY_INTERVALS) break;
  }

  return { busy: mergeBusy(busy).slice(0, MAX_BUSY_INTERVALS), events };
}

/** Overlapping and touching intervals as one. */
export function mergeBusy(intervals: readonly BusyInterval[]): BusyInterval[] {
  const sorted = [...intervals].sort((a, b) => a.start.getTime() - b.start.getTime());
  const merged: BusyInterval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start.getTime() <= last.end.getTime()) {
      if (interval.end > last.end) last.end = interval.end;
    } else merged.push({ start: interval.start, end: interval.end });
  }
  return merged;
}
