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
  /** What the budget left out, said to the coach (see ExpansionBudget). */
  leftOut: LeftOutNotice[];
}

/** Times of the window from `from` to `to` not counted as busy because expanding them passed the budget. */
export interface LeftOutNotice {
  /** One repeating event too dense to expand, or more separate busy times than are kept. */
  kind: "dense-event" | "too-many-times" | "unreadable-event";
  /** What ical.js said, for an unreadable event. */
  reason?: string;
  /** When the series began: how the coach finds the event (titles are never read). */
  seriesStart: Date;
  /** How the file says it repeats ("every second", "every 5 minutes"), when the rule is plain. */
  repeats: string | null;
  from: Date;
  to: Date;
}

/**
 * How much expanding one calendar may cost. A repeating event that would need more occurrences
 * than these inside the window (an event every second since 1990, as an invitation anyone can send
 * may carry) is not expanded further: its occurrences up to that point count as busy, the rest of
 * its series does not. That is what the coach would want: nobody keeps an appointment every
 * second, and counting the whole series as busy would let any stranger who sends her an invitation
 * close her booking page. She is told which event it is (by when its series began: titles are
 * never read) and from when its times were left out, so she can delete it or block the time herself.
 */
export interface ExpansionBudget {
  /** Occurrences of one repeating event inside the window (hourly for two months is about 1,500). */
  occurrencesPerEvent: number;
  /** Steps of one event's rule, before and inside the window. */
  stepsPerEvent: number;
  /** Steps of all the calendar's rules together; past it, repeating events left are not expanded. */
  stepsPerCalendar: number;
}

// ical.js takes 25–35 µs a step on a small server: the whole calendar's steps cost about a second.
export const DEFAULT_BUDGET: ExpansionBudget = { occurrencesPerEvent: 1_500, stepsPerEvent: 3_000, stepsPerCalendar: 40_000 };

export class CalendarParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CalendarParseError";
  }
}

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

const UNIT_SECONDS: Partial<Record<string, number>> = { SECONDLY: 1, MINUTELY: 60, HOURLY: 3_600, DAILY: 86_400, WEEKLY: 604_800 };
const UNIT_WORDS: Partial<Record<string, string>> = { SECONDLY: "second", MINUTELY: "minute", HOURLY: "hour", DAILY: "day", WEEKLY: "week" };

/** "every second", "every 5 minutes": what the coach would call the rule that was cut short. */
function repeatsInWords(rule: ICAL.Recur | null): string | null {
  const unit = rule ? UNIT_WORDS[rule.freq] : undefined;
  if (!rule || !unit) return null;
  return rule.interval > 1 ? `every ${rule.interval} ${unit}s` : `every ${unit}`;
}

/**
 * The event's series started close to the window instead of at its DTSTART: a rule repeating
 * every second since 1990 would otherwise take a billion steps to reach today. Only for rules
 * whose steps are a fixed length of wall-clock time (secondly to weekly); moving DTSTART by a whole
 * number of steps keeps every later occurrence, and BY-rules filter by calendar fields that the
 * move does not change. A COUNT is reduced by the steps skipped, which is exact only when each step
 * is one occurrence (no BY-rules); otherwise the series is walked from its start, within budget.
 * Returns the event to iterate (a copy when moved), or null when its rule ended before the window.
 */
function startNearWindow(event: ICAL.Event, from: Date, coachZone: string): ICAL.Event | null {
  const rules = event.component.getAllProperties("rrule");
  if (rules.length !== 1) return event;
  const rule = rules[0]!.getFirstValue() as ICAL.Recur;
  const unitSeconds = UNIT_SECONDS[rule.freq];
  if (!unitSeconds) return event;
  const stepSeconds = unitSeconds * Math.max(1, rule.interval);
  const hasParts = Object.keys(rule.parts ?? {}).length > 0;
  if (rule.count && hasParts) return event;
  const start = instantOf(event.startDate, tzidOf(event, "dtstart"), coachZone);
  const durationSeconds = Math.max(0, event.duration.toSeconds());
  // Two steps and the event's length short of the window, so a first occurrence that does not match
  // the BY-rules (DTSTART always counts) stays outside it; for a zoned time three hours more, since
  // the move is in wall-clock time and a DST change shifts it against UTC.
  const zoned = event.startDate.zone !== ICAL.Timezone.utcTimezone;
  const target = from.getTime() / 1000 - durationSeconds - 2 * stepSeconds - (zoned ? 3 * 3_600 : 0);
  const steps = Math.floor((target - start.getTime() / 1000) / stepSeconds);
  if (steps <= 0) return event;

  const copy = new ICAL.Component(event.component.toJSON() as unknown as unknown[]);
  const shift = (property: "dtstart" | "dtend") => {
    const found = copy.getFirstProperty(property);
    if (!found) return;
    const time = (found.getFirstValue() as ICAL.Time).clone();
    const seconds = steps * stepSeconds;
    // Whole days as days, so a zoned time keeps its wall clock across DST, as the rule does.
    time.adjust(Math.floor(seconds / 86_400), 0, 0, seconds % 86_400);
    found.setValue(time);
  };
  shift("dtstart");
  shift("dtend");
  if (rule.count) {
    const left = rule.count - steps;
    const copied = copy.getFirstProperty("rrule")!;
    if (left <= 0) copy.removeProperty(copied);
    else {
      const shorter = rule.clone();
      shorter.count = left;
      copied.setValue(shorter);
    }
    if (left <= 0 && !copy.hasProperty("rdate")) return null;
  }
  const moved = new ICAL.Event(copy, { strictExceptions: true, exceptions: [] });
  for (const exception of Object.values(event.exceptions)) moved.relateException(exception);
  return moved;
}

export function parseBusyTimes(text: string, window: { from: Date; to: Date; timeZone: string }, budget: ExpansionBudget = DEFAULT_BUDGET): BusyTimes {
  const calendar = parseCalendar(text);
  const from = window.from.getTime();
  const to = window.to.getTime();
  const busy: BusyInterval[] = [];
  const leftOut: LeftOutNotice[] = [];
  let events = 0;
  let stepsLeft = budget.stepsPerCalendar;

  const keep = (start: Date, end: Date) => {
    if (end.getTime() <= from || start.getTime() >= to || end.getTime() <= start.getTime()) return false;
    busy.push({ start: new Date(Math.max(start.getTime(), from)), end: new Date(Math.min(end.getTime(), to)) });
    return true;
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

  const expand = (master: ICAL.Event) => {
    if (!master.isRecurring()) {
      if (!isBusy(master)) return;
      events += 1;
      keep(instantOf(master.startDate, tzidOf(master, "dtstart"), window.timeZone), instantOf(master.endDate, tzidOf(master, "dtend"), window.timeZone));
      return;
    }
    const busyEvent = isBusy(master);
    if (busyEvent) events += 1;
    // Past the calendar's budget, no copy and no walk: the series is left out from its start.
    const event = stepsLeft > 0 ? startNearWindow(master, window.from, window.timeZone) : master;
    if (!event) return;
    let steps = 0;
    let inWindow = 0;
    let reached = instantOf(event.startDate, tzidOf(event, "dtstart"), window.timeZone);
    const iterator = stepsLeft > 0 ? event.iterator() : null;
    let stoppedAt: Date | null = iterator ? null : reached;
    while (iterator) {
      if (steps >= budget.stepsPerEvent || stepsLeft <= 0) {
        stoppedAt = reached;
        break;
      }
      const next = iterator.next();
      if (!next) break;
      steps += 1;
      stepsLeft -= 1;
      reached = instantOf(next, tzidOf(event, "dtstart"), window.timeZone);
      // Occurrences come in order of their series time; a moved one may land earlier or later, so
      // the walk ends a day past the window rather than at its edge.
      if (reached.getTime() > to + 86_400_000) break;
      if (reached.getTime() + 86_400_000 * 2 < from && !(event.exceptions as unknown as Record<string, unknown>)[next.toString()]) continue;
      const details = event.getOccurrenceDetails(next);
      if (!isBusy(details.item)) continue;
      const start = instantOf(details.startDate, tzidOf(details.item, "dtstart"), window.timeZone);
      if (keep(start, instantOf(details.endDate, tzidOf(details.item, "dtend"), window.timeZone))) inWindow += 1;
      if (inWindow >= budget.occurrencesPerEvent) {
        stoppedAt = start;
        break;
      }
    }
    if (!stoppedAt || !busyEvent) return;
    // The rest of the series inside the window, up to its UNTIL when it has one, is left out.
    const rule = event.component.getFirstPropertyValue("rrule") as ICAL.Recur | null;
    const until = rule?.until ? instantOf(rule.until, rule.until.zone === ICAL.Timezone.utcTimezone ? null : tzidOf(event, "dtstart"), window.timeZone).getTime() + event.duration.toSeconds() * 1000 : to;
    const leftFrom = new Date(Math.max(stoppedAt.getTime(), from));
    const leftTo = new Date(Math.min(until, to));
    if (leftTo > leftFrom) {
      leftOut.push({ kind: "dense-event", seriesStart: instantOf(master.startDate, tzidOf(master, "dtstart"), window.timeZone), repeats: repeatsInWords(rule), from: leftFrom, to: leftTo });
    }
  };

  for (const master of masters.values()) {
    try {
      expand(master);
    } catch (error) {
      // ical.js gives up on some rules ("Same occurrence found twice"): that event is left out and
      // said; the calendar's other events still count.
      leftOut.push({ kind: "unreadable-event", seriesStart: instantOf(master.startDate, tzidOf(master, "dtstart"), window.timeZone), repeats: null, from: window.from, to: window.to, reason: error instanceof Error ? error.message.slice(0, 120) : String(error) });
    }
  }

  const merged = mergeBusy(busy);
  if (merged.length > MAX_BUSY_INTERVALS) {
    // More separate busy times than any person keeps: the first ones count, the rest is left out.
    const kept = merged.slice(0, MAX_BUSY_INTERVALS);
    const from = merged[MAX_BUSY_INTERVALS]!.start;
    leftOut.push({ kind: "too-many-times", seriesStart: from, repeats: null, from, to: window.to });
    return { busy: kept, events, leftOut };
  }
  return { busy: merged, events, leftOut };
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
