import type { BookingServiceDeps } from "./deps";
import type { ReminderJob } from "./reminders";
import { cancelByCoach, cancelByVisitor, moveByVisitor, sendReminder } from "./change-booking";
import { freeSlots } from "./free-slots";
import { hashToken, manageTokenFor } from "./manage-token";
import { handleNewBooking } from "./new-booking";
import { findBookingByTokenHash, listBookingsBetween, listBookingsForEmail, loadAvailability, updateNoShow, updatePrivateNotes } from "./queries";
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
    sendReminder: (job: ReminderJob) => sendReminder(deps, job, now()),

    /** A person's own bookings (matched by their verified sign-in address), each with its manage link. */
    async bookingsFor(email: string) {
      const rows = await listBookingsForEmail(deps.db, email.toLowerCase());
      return rows.map((booking) => ({ booking, manageUrl: `/bookings/${manageTokenFor(deps.secret, booking.id)}` }));
    },

    findByToken: (token: string) => findBookingByTokenHash(deps.db, hashToken(token)),

    /** What the private manage page shows: the booking, where it happens, and whether it can still be changed here. */
    async manageView(token: string) {
      const booking = await findBookingByTokenHash(deps.db, hashToken(token));
      if (!booking) return null;
      const { settings } = await loadAvailability(deps.db);
      const canCancel = booking.status === "confirmed" && booking.startsAt.getTime() - now().getTime() >= settings.cancelCutoffMinutes * 60_000;
      return { booking, location: settings.location, canCancel };
    },

    /** The coach's week: bookings in a window, cancelled ones included. */
    listForCoach: (from: Date, to: Date) => listBookingsBetween(deps.db, from, to),
    saveNotes: (id: string, notes: string) => updatePrivateNotes(deps.db, id, notes),
    setNoShow: (id: string, noShow: boolean) => updateNoShow(deps.db, id, noShow, now()),
  };
}

export type BookingService = ReturnType<typeof createBookingService>;
