import { randomUUID } from "node:crypto";
import type { Booking } from "@/db/schema";
import { notifyCoach, sendConfirmation, sendExistingBooking } from "./booking-emails";
import { callLocation } from "./call-location";
import type { BookingServiceDeps } from "./deps";
import { offeredSlot, freeSlots } from "./free-slots";
import { checkIntakeAnswers } from "./intake";
import { hashToken, manageTokenFor } from "./manage-token";
import { findBookingByIdempotencyKey, findUpcomingBookingForEmail, insertBookingIfFree, listBusy, loadAvailability, lockBookingsOfEmail } from "./queries";
import { reminderRunAt } from "./reminders";
import type { BookingRequest } from "./schema";
import type { Slot } from "./slots";

const DAY = 86_400_000;

export type BookResult =
  | { ok: true; booking: Booking; manageToken: string; replayed: boolean }
  | { ok: false; reason: "taken"; message: string; slots: Slot[] }
  | { ok: false; reason: "unavailable" | "already-booked" | "invalid" | "key-reused"; message: string; errors?: Record<string, string> };

/** What the transaction decided; the race for the time is a result here, never an exception. */
type Attempt = BookResult | { ok: false; reason: "lost-race" };

export const ALREADY_BOOKED_MESSAGE =
  "This email address already has a consultation booked, so we did not book another. We have emailed that address with its time and a link to move it.";

/** A replay is the same request again: the same person for the same time. Anything else borrowed the key. */
function sameRequest(booking: Booking, request: BookingRequest) {
  return booking.email === request.email && booking.startsAt.getTime() === request.start.getTime();
}

function replay(deps: BookingServiceDeps, existing: Booking, request: BookingRequest): BookResult {
  if (!sameRequest(existing, request)) return { ok: false, reason: "key-reused", message: "This Idempotency-Key was used for another request. Send a new key for a new booking." };
  return { ok: true, booking: existing, manageToken: manageTokenFor(deps.secret, existing.id), replayed: true };
}

/**
 * A new booking, in named steps (after Cal.com's handleNewBooking): answer a replayed request
 * from what it booked; then, in one transaction serialised per address, check the answers, refuse
 * a second upcoming booking without saying so to the requester, re-check that the time is really
 * offered (buffers, notice, rules: never trust the time in the request), write the booking (the
 * exclusion constraint decides a race) and its emails and reminder. A lost race answers with the
 * times still free.
 */
export async function handleNewBooking(deps: BookingServiceDeps, request: BookingRequest, idempotencyKey: string | null, at: Date): Promise<BookResult> {
  if (idempotencyKey) {
    const existing = await findBookingByIdempotencyKey(deps.db, idempotencyKey);
    if (existing) return replay(deps, existing, request);
  }

  const attempt = await deps.db.transaction(async (tx): Promise<Attempt> => {
    await lockBookingsOfEmail(tx, request.email);
    const [availability, coach] = await Promise.all([loadAvailability(tx), deps.coach(tx)]);
    const intake = checkIntakeAnswers(availability.questions, request.answers);
    if (!intake.ok) return { ok: false, reason: "invalid", message: "Some answers need attention.", errors: intake.errors };

    const context = { tx, email: deps.email, coach, appUrl: deps.appUrl, secret: deps.secret, where: (booking: Booking) => callLocation(availability.settings, deps.secret, booking.id) };
    const upcoming = await findUpcomingBookingForEmail(tx, request.email, at);
    if (upcoming) {
      await sendExistingBooking(context, upcoming);
      return { ok: false, reason: "already-booked", message: ALREADY_BOOKED_MESSAGE };
    }

    const slot = await offeredSlot(tx, { availability, coachTimeZone: coach.timeZone, now: at, start: request.start });
    if (!slot) {
      const taken = (await listBusy(tx, request.start, new Date(request.start.getTime() + 1))).length > 0;
      return taken ? { ok: false, reason: "lost-race" } : { ok: false, reason: "unavailable", message: "That time is not available. Please choose another one." };
    }

    const id = randomUUID();
    const manageToken = manageTokenFor(deps.secret, id);
    const booking = await insertBookingIfFree(tx, {
      id,
      startsAt: slot.start,
      endsAt: slot.end,
      name: request.name,
      email: request.email,
      timezone: request.timezone,
      hourCycle: request.hourCycle ?? null,
      wordsLocale: request.wordsLocale ?? null,
      answers: intake.answers,
      consentAt: at,
      manageTokenHash: hashToken(manageToken),
      idempotencyKey,
    });
    if (!booking) return { ok: false, reason: "lost-race" };
    const remindAt = reminderRunAt(booking.startsAt, at);
    await sendConfirmation(context, booking, { reminder: remindAt !== null });
    if (remindAt) await deps.scheduleReminder(tx, { bookingId: booking.id, startsAt: booking.startsAt.toISOString() }, remindAt);
    await notifyCoach(context, booking);
    return { ok: true, booking, manageToken, replayed: false };
  });

  if (attempt.ok || attempt.reason !== "lost-race") return attempt;
  if (idempotencyKey) {
    // Two copies of one request raced: the winner is this visitor's own booking.
    const existing = await findBookingByIdempotencyKey(deps.db, idempotencyKey);
    if (existing) return replay(deps, existing, request);
  }
  const [availability, coach] = await Promise.all([loadAvailability(deps.db), deps.coach(deps.db)]);
  const slots = await freeSlots(deps.db, {
    availability,
    coachTimeZone: coach.timeZone,
    now: at,
    from: new Date(request.start.getTime() - DAY),
    to: new Date(request.start.getTime() + 7 * DAY),
  });
  return { ok: false, reason: "taken", message: "That time was just taken. Here are the times still free.", slots };
}
