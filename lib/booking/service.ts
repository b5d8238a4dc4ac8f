import { bookingInvite, calendarEvent } from "./booking-emails";
import type { BookingServiceDeps } from "./deps";
import type { ReminderJob } from "./reminders";
import { askToReschedule, cancelByCoach, cancelByVisitor, moveByCoach, moveByVisitor, sendReminder, tooLateToChange } from "./change-booking";
import { freeSlots } from "./free-slots";
import { hashToken, manageTokenFor } from "./manage-token";
import { handleNewBooking } from "./new-booking";
import { calendarFeed, calendarFeedToken, isCalendarFeedToken } from "./calendar-feed";
import { callLocation } from "./call-location";
import {
  findBookingByTokenHash,
  findCalendarFeedVersion,
  listBookingsBetween,
  findBookingById,
  listBookingsForEmail,
  loadAvailability,
  renewCalendarFeedVersion,
  stopCalendarFeed,
  updateNoShow,
  updatePrivateNotes,
} from "./queries";
import type { BookingRequest } from "./schema";

export type { Coach } from "./booking-emails";
export type { BookingServiceDeps } from "./deps";
export type { BookResult } from "./new-booking";
export type { CancelResult, MoveResult } from "./change-booking";
export { hashToken } from "./manage-token";


/**
 * Free consultations. Thin rules on top of the database: PostgreSQL's exclusion constraint is what
 * makes double booking impossible; the steps (new-booking.ts, change-booking.ts) turn a lost race
 * into a kind sentence and fresh slots, send the emails in the same transaction as the change,
 * and make retries harmless.
 */
export function createBookingService(deps: BookingServiceDeps) {
  const now = deps.now ?? (() => new Date());

  /** Passes a result through, telling `onBusyTimesChanged` when it changed the calendar. */
  const changed = <T extends { ok: boolean; replayed?: boolean }>(result: T): T => {
    if (result.ok && !result.replayed) deps.onBusyTimesChanged?.();
    return result;
  };

  return {
    /** Free slots in a window, for the booking page and GET /api/availability. */
    async availableSlots(from: Date, to: Date) {
      const [availability, coach] = await Promise.all([loadAvailability(deps.db), deps.coach(deps.db)]);
      return freeSlots(deps.db, { availability, coachTimeZone: coach.timeZone, from, to, now: now() });
    },

    async intakeQuestions() {
      return (await loadAvailability(deps.db)).questions;
    },

    book: async (request: BookingRequest, idempotencyKey: string | null) => changed(await handleNewBooking(deps, request, idempotencyKey, now())),
    move: async (token: string, newStart: Date) => changed(await moveByVisitor(deps, token, newStart, now())),
    cancelByVisitor: async (token: string, reason: string | null) => changed(await cancelByVisitor(deps, token, reason, now())),
    cancelByCoach: async (id: string, message: string | null) => changed(await cancelByCoach(deps, id, message, now())),
    moveByCoach: async (id: string, newStart: Date, message: string | null) => changed(await moveByCoach(deps, id, newStart, message, now())),
    askToReschedule: (id: string, message: string | null) => askToReschedule(deps, id, message, now()),
    /** Free times the coach may move a booking to: minimum notice does not apply to the coach. */
    async freeTimesForCoach(from: Date, to: Date) {
      const [availability, coach] = await Promise.all([loadAvailability(deps.db), deps.coach(deps.db)]);
      const anyNotice = { ...availability, settings: { ...availability.settings, minNoticeMinutes: 0 } };
      return freeSlots(deps.db, { availability: anyNotice, coachTimeZone: coach.timeZone, from, to, now: now() });
    },
    sendReminder: (job: ReminderJob) => sendReminder(deps, job, now()),

    /** A person's own bookings (matched by their verified sign-in address), each with its manage link. */
    async bookingsFor(email: string) {
      const rows = await listBookingsForEmail(deps.db, email.toLowerCase());
      return rows.map((booking) => ({ booking, manageUrl: `/bookings/${manageTokenFor(deps.secret, booking.id)}` }));
    },

    findByToken: (token: string) => findBookingByTokenHash(deps.db, hashToken(token)),

    /**
     * What the private manage page shows: the booking, where it happens, whether it can still be
     * changed here, and the calendar event its add-to-calendar links are made from.
     */
    async manageView(token: string) {
      const booking = await findBookingByTokenHash(deps.db, hashToken(token));
      if (!booking) return null;
      const [coach, { settings }] = await Promise.all([deps.coach(deps.db), loadAvailability(deps.db)]);
      const canCancel = booking.status === "confirmed" && booking.startsAt > now() && !tooLateToChange(booking, settings.cancelCutoffMinutes, now());
      const where = (row: typeof booking) => callLocation(settings, deps.secret, row.id);
      const calendar = calendarEvent({ coach, appUrl: deps.appUrl, secret: deps.secret, where }, booking);
      return { booking, location: where(booking), canCancel, calendar };
    },

    /**
     * The booking's calendar entry for the .ics download: an invite, or its cancellation, and the
     * event it is made from. Null for a token that names no booking.
     */
    async calendarEntry(token: string) {
      const booking = await findBookingByTokenHash(deps.db, hashToken(token));
      if (!booking) return null;
      const [coach, { settings }] = await Promise.all([deps.coach(deps.db), loadAvailability(deps.db)]);
      const context = { coach, appUrl: deps.appUrl, secret: deps.secret, where: (row: typeof booking) => callLocation(settings, deps.secret, row.id) };
      return {
        event: calendarEvent(context, booking),
        ics: bookingInvite(context, booking, booking.status === "cancelled" ? "CANCEL" : "REQUEST"),
      };
    },

    /** The coach's private feed address (https), or null while the feed is off. */
    async calendarFeedAddress(): Promise<string | null> {
      const version = await findCalendarFeedVersion(deps.db);
      return version === null ? null : `${deps.appUrl}/api/calendar/${calendarFeedToken(deps.secret, version)}.ics`;
    },
    /** Turns the feed on, or moves it to a new address: the old one stops working at once. */
    renewCalendarFeed: () => renewCalendarFeedVersion(deps.db),
    stopCalendarFeed: () => stopCalendarFeed(deps.db),
    /**
     * The feed itself, for a calendar app: live bookings from a month back to half a year ahead,
     * linking only to /admin/bookings (no visitor's manage link; cancelled ones are left out, see
     * calendarFeed). Null when the token is not the current one (or the feed is off).
     */
    async calendarFeed(token: string): Promise<string | null> {
      const version = await findCalendarFeedVersion(deps.db);
      if (!isCalendarFeedToken(deps.secret, version, token)) return null;
      const at = now();
      const [coach, { settings }, rows] = await Promise.all([
        deps.coach(deps.db),
        loadAvailability(deps.db),
        listBookingsBetween(deps.db, new Date(at.getTime() - 31 * 86_400_000), new Date(at.getTime() + 183 * 86_400_000)),
      ]);
      return calendarFeed({
        host: new URL(deps.appUrl).host,
        coachName: coach.name,
        adminUrl: `${deps.appUrl}/admin/bookings`,
        bookings: rows.map((booking) => ({ booking, location: callLocation(settings, deps.secret, booking.id) })),
      });
    },

    /** The coach's week: bookings in a window, cancelled ones included. */
    listForCoach: (from: Date, to: Date) => listBookingsBetween(deps.db, from, to),
    findForCoach: (id: string) => findBookingById(deps.db, id),
    saveNotes: (id: string, notes: string) => updatePrivateNotes(deps.db, id, notes),
    setNoShow: (id: string, noShow: boolean) => updateNoShow(deps.db, id, noShow, now()),
  };
}

export type BookingService = ReturnType<typeof createBookingService>;
