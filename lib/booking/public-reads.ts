import "server-only";
import { unstable_cache } from "next/cache";
import type { Executor } from "@/db/connect";
import { cacheTags, PUBLIC_REVALIDATE_SECONDS } from "@/lib/platform/cache/tags";
import { listExternalBusy } from "@/lib/calendars/public";
import { listBusy, loadAvailability } from "./queries";
import { generateSlots, type Slot } from "./slots";

const DAY = 86_400_000;
/** How long another instance may list a time that was just booked elsewhere (see publicSlots). */
const BUSY_TIMES_SECONDS = 60;

const isoIntervals = (intervals: { start: Date; end: Date }[]) => intervals.map((busy) => ({ start: busy.start.toISOString(), end: busy.end.toISOString() }));
const dates = (intervals: { start: string; end: string }[]) => intervals.map((interval) => ({ start: new Date(interval.start), end: new Date(interval.end) }));

/** Booking's cached public reads, over the database the composition root hands in. */
export function createBookingReads(db: () => Executor) {
  const openingHours = unstable_cache(
    async () => {
      const { settings, rules, overrides } = await loadAvailability(db());
      return { settings, rules, overrides };
    },
    ["booking-opening-hours"],
    { tags: [cacheTags.availability], revalidate: PUBLIC_REVALIDATE_SECONDS },
  );

  /**
   * Bookings and the busy times of the coach's other calendars, as ISO strings (cached values are
   * serialised, so no Date objects). A calendar read in the background worker cannot refresh this
   * cache; it ages out within a minute, and booking re-checks against the database anyway.
   */
  const busyTimes = unstable_cache(
    async (fromIso: string, toIso: string) => {
      const [from, to] = [new Date(fromIso), new Date(toIso)];
      const [bookings, blocked] = await Promise.all([listBusy(db(), from, to), listExternalBusy(db(), from, to)]);
      return { bookings: isoIntervals(bookings), blocked: isoIntervals(blocked) };
    },
    ["booking-busy-times-v2"],
    { tags: [cacheTags.bookings], revalidate: BUSY_TIMES_SECONDS },
  );

  /**
   * The free times the public booking page lists, computed from cached opening hours and bookings so
   * that a busy page does not ask the database on every request. A booking, move or cancellation
   * refreshes the bookings at once on the instance that made it; another instance may list the taken
   * time for up to a minute, which is harmless: booking re-checks against the database and the
   * exclusion constraint refuses a second booking of the same time.
   */
  async function publicSlots(now: Date, days: number, timeZone: string): Promise<Slot[]> {
    // Bookings for whole UTC days around the window, so every request of a day shares one cache entry.
    const dayStart = Math.floor(now.getTime() / DAY) * DAY;
    const [{ settings, rules, overrides }, busy] = await Promise.all([
      openingHours(),
      busyTimes(new Date(dayStart - DAY).toISOString(), new Date(dayStart + (days + 2) * DAY).toISOString()),
    ]);
    return generateSlots({
      now,
      timeZone,
      settings,
      rules,
      overrides,
      busy: dates(busy.bookings),
      blocked: dates(busy.blocked),
      from: now,
      to: new Date(now.getTime() + days * DAY),
    });
  }

  /**
   * What the booking page needs, zone-free: free start times as ISO strings (the browser shows them
   * in the visitor's zone) and the rules the browser applies as the cached page ages.
   */
  async function publicFreeTimes(now: Date, days: number, coachTimeZone: string) {
    const [{ settings }, slots] = await Promise.all([openingHours(), publicSlots(now, days, coachTimeZone)]);
    return { starts: slots.map((slot) => slot.start.toISOString()), slotMinutes: settings.slotMinutes, minNoticeMinutes: settings.minNoticeMinutes };
  }

  /** How long a consultation is, as the coach set it (for pages that mention it). */
  async function consultationMinutes(): Promise<number> {
    return (await openingHours()).settings.slotMinutes;
  }

  return { publicSlots, publicFreeTimes, consultationMinutes };
}
