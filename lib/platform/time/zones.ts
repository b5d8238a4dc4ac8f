import { TZDate } from "@date-fns/tz";

// Calendar dates ("2026-03-08") and wall-clock times in IANA zones, for booking rules, the
// bookings week and scheduled letters alike.

/** "2026-03-08" for an instant, as the calendar reads in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, "0")}-${String(local.getDate()).padStart(2, "0")}`;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return next.toISOString().slice(0, 10);
}

export function weekday(date: string): number {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * The instant of a wall-clock time on a date in `timeZone`, or null when that time does not exist
 * (the hour skipped when clocks go forward). A repeated hour maps to one instant only.
 */
export function wallClockToInstant(date: string, minuteOfDay: number, timeZone: string): Date | null {
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const hours = Math.floor(minuteOfDay / 60);
  const minutes = minuteOfDay % 60;
  if (hours >= 24) {
    return wallClockToInstant(addDays(date, 1), minuteOfDay - 24 * 60, timeZone);
  }
  const instant = new TZDate(year, month - 1, day, hours, minutes, timeZone);
  if (instant.getHours() !== hours || instant.getMinutes() !== minutes || instant.getDate() !== day) return null;
  return new Date(instant.getTime());
}

