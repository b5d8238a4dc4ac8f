import { z } from "zod";

/**
 * Instants from outside are bounded to years any real request can mean. Year 0001 or 9999 is
 * valid ISO 8601, but far outside what PostgreSQL's ranges, our slot arithmetic and people's
 * calendars handle gracefully; refusing it here gives a clear 422 instead of a 500 deep inside.
 */
export const EARLIEST_INSTANT = Date.UTC(2000, 0, 1);
export const LATEST_INSTANT = Date.UTC(2100, 0, 1);

export function isSaneInstant(date: Date): boolean {
  const time = date.getTime();
  return Number.isFinite(time) && time >= EARLIEST_INSTANT && time < LATEST_INSTANT;
}

/** An ISO date-time with an offset, as a Date between 2000 and 2100. */
export function saneDateTime(error: string) {
  return z.iso
    .datetime({ offset: true, error })
    .transform((value) => new Date(value))
    .refine(isSaneInstant, "Choose a date between the years 2000 and 2100.");
}
