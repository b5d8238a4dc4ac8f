import { addDays, localDate, wallClockToInstant, weekday } from "@/lib/platform/time/zones";

/**
 * Free consultation slots, as a pure function of the coach's availability, existing bookings and
 * the current time. All instants are UTC `Date`s; wall-clock times exist only in the coach's zone.
 */

/** Weekly opening hours in the coach's zone: weekday 0 = Sunday … 6 = Saturday, minutes since midnight. */
export interface WeeklyRule {
  weekday: number;
  startMinute: number;
  endMinute: number;
}

/** A date in the coach's zone that differs from the weekly rules. */
export type DateOverride =
  | { date: string; kind: "unavailable"; startMinute: null; endMinute: null }
  | { date: string; kind: "unavailable" | "extra"; startMinute: number; endMinute: number };

export interface BookingSettings {
  slotMinutes: number;
  bufferBeforeMinutes: number;
  bufferAfterMinutes: number;
  minNoticeMinutes: number;
  horizonDays: number;
  /** Most consultations on one day, or null for no limit. */
  dailyCap: number | null;
}

export interface Busy {
  start: Date;
  end: Date;
}

export interface Slot {
  start: Date;
  end: Date;
}

export interface SlotQuery {
  now: Date;
  timeZone: string;
  rules: readonly WeeklyRule[];
  overrides: readonly DateOverride[];
  settings: BookingSettings;
  /** Confirmed bookings (cancelled ones are not busy). */
  busy: readonly Busy[];
  /**
   * Busy times from the coach's other calendars: no slot overlaps one (buffers included), but they
   * are not consultations, so they do not count towards the daily limit.
   */
  blocked?: readonly Busy[];
  /** Optional window to list, e.g. one week of a calendar. */
  from?: Date;
  to?: Date;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Interval = [number, number];

function subtract(intervals: Interval[], cut: Interval): Interval[] {
  return intervals.flatMap(([start, end]) => {
    if (cut[1] <= start || cut[0] >= end) return [[start, end] as Interval];
    const parts: Interval[] = [];
    if (cut[0] > start) parts.push([start, cut[0]]);
    if (cut[1] < end) parts.push([cut[1], end]);
    return parts;
  });
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval[0] <= last[1]) last[1] = Math.max(last[1], interval[1]);
    else merged.push([...interval]);
  }
  return merged;
}

/** Opening hours on one local date after overrides, as minute intervals. */
export function openingHours(date: string, rules: readonly WeeklyRule[], overrides: readonly DateOverride[]): Interval[] {
  let intervals = merge(rules.filter((rule) => rule.weekday === weekday(date)).map((rule) => [rule.startMinute, rule.endMinute] as Interval));
  for (const override of overrides.filter((candidate) => candidate.date === date)) {
    if (override.kind === "unavailable") {
      intervals = override.startMinute === null ? [] : subtract(intervals, [override.startMinute, override.endMinute]);
    }
  }
  for (const override of overrides.filter((candidate) => candidate.date === date && candidate.kind === "extra")) {
    intervals = merge([...intervals, [override.startMinute!, override.endMinute!]]);
  }
  return intervals;
}

export function generateSlots(query: SlotQuery): Slot[] {
  const { now, timeZone, settings } = query;
  const earliest = new Date(Math.max(now.getTime() + settings.minNoticeMinutes * MINUTE, query.from?.getTime() ?? 0));
  const latest = new Date(Math.min(now.getTime() + settings.horizonDays * DAY, query.to?.getTime() ?? Number.POSITIVE_INFINITY));
  if (earliest >= latest) return [];
  const slotMs = settings.slotMinutes * MINUTE;
  const gapMs = Math.max(settings.bufferBeforeMinutes, settings.bufferAfterMinutes) * MINUTE;

  const bookingsPerDay = new Map<string, number>();
  for (const booking of query.busy) {
    const date = localDate(booking.start, timeZone);
    bookingsPerDay.set(date, (bookingsPerDay.get(date) ?? 0) + 1);
  }

  const slots: Slot[] = [];
  const lastDate = localDate(latest, timeZone);
  for (let date = localDate(earliest, timeZone); date <= lastDate; date = addDays(date, 1)) {
    if (settings.dailyCap !== null && (bookingsPerDay.get(date) ?? 0) >= settings.dailyCap) continue;
    for (const [startMinute, endMinute] of openingHours(date, query.rules, query.overrides)) {
      const intervalEnd = wallClockToInstant(date, endMinute, timeZone) ?? wallClockToInstant(date, endMinute + 60, timeZone);
      for (let minute = startMinute; minute + settings.slotMinutes <= endMinute; minute += settings.slotMinutes) {
        const start = wallClockToInstant(date, minute, timeZone);
        if (!start) continue; // a wall-clock time the clocks skip is never offered
        const end = new Date(start.getTime() + slotMs);
        if (intervalEnd && end > intervalEnd) continue;
        if (start < earliest || start >= latest) continue;
        const overlaps = (taken: Busy) => start.getTime() < taken.end.getTime() + gapMs && taken.start.getTime() < end.getTime() + gapMs;
        const clashes = query.busy.some(overlaps) || (query.blocked?.some(overlaps) ?? false);
        if (!clashes) slots.push({ start, end });
      }
    }
  }
  // A repeated hour can map two wall-clock times to one instant; offer each instant once.
  const sorted = slots.sort((a, b) => a.start.getTime() - b.start.getTime());
  return sorted.filter((slot, index) => index === 0 || slot.start.getTime() !== sorted[index - 1]!.start.getTime());
}
