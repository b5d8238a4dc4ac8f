import { localDate, wallClockToInstant } from "@/lib/platform/time/zones";

function shiftDate(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export interface WeekRange {
  /** Monday … Sunday as local dates in the zone. */
  days: string[];
  from: Date;
  to: Date;
}

/** The Monday-to-Sunday week containing `now` in `timeZone`, moved by `offset` weeks. */
export function weekRange(now: Date, timeZone: string, offset = 0): WeekRange {
  const today = localDate(now, timeZone);
  const [year, month, day] = today.split("-").map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7; // Monday = 0
  const monday = shiftDate(today, -weekday + offset * 7);
  const days = Array.from({ length: 7 }, (_, index) => shiftDate(monday, index));
  // Midnight exists on every date in the zones we serve; fall back to 01:00 just in case.
  const midnight = (date: string) => wallClockToInstant(date, 0, timeZone) ?? wallClockToInstant(date, 60, timeZone)!;
  return { days, from: midnight(monday), to: midnight(shiftDate(monday, 7)) };
}

/** How many weeks after the week of `now` the week holding `instant` is (negative: before). */
export function weekOffsetOf(instant: Date, now: Date, timeZone: string): number {
  const mondayOf = (at: Date) => Date.parse(`${weekRange(at, timeZone).days[0]}T00:00:00Z`);
  return Math.round((mondayOf(instant) - mondayOf(now)) / (7 * 86_400_000));
}
