import type { Booking } from "@/db/schema";
import { sendCancellation, sendConfirmation, sendReminderEmail, sendRescheduleRequest, type BookingEmailContext } from "./booking-emails";
import { callLocation } from "./call-location";
import { offeredSlot } from "./free-slots";
import { hashToken } from "./manage-token";
import { loadAvailability, lockBooking, lockBookingByTokenHash, markCancelled, markReminderSent, markRescheduleRequested, moveBookingIfFree, type Availability } from "./queries";
import { reminderRunAt, shouldSendReminder, type ReminderJob } from "./reminders";
import type { BookingServiceDeps } from "./deps";
import type { Executor } from "@/db/connect";

export type MoveResult = { ok: true; booking: Booking } | { ok: false; message: string };
export type CancelResult =
  | { ok: true; booking: Booking }
  | { ok: false; reason: "not-found" | "already-cancelled" | "too-late"; message: string };

/** Everything a change needs, read through the change's own transaction. */
async function changeContext(deps: BookingServiceDeps, tx: Executor): Promise<{ availability: Availability; context: BookingEmailContext }> {
  const [availability, coach] = await Promise.all([loadAvailability(tx), deps.coach(tx)]);
  const where = (booking: Booking) => callLocation(availability.settings, deps.secret, booking.id);
  return { availability, context: { tx, email: deps.email, coach, appUrl: deps.appUrl, secret: deps.secret, where } };
}

/** Past the cut-off a visitor writes to the coach instead, unless the coach asked them to move it. */
export const tooLateToChange = (booking: Booking, cancelCutoffMinutes: number, at: Date) =>
  booking.rescheduleRequestedAt === null && booking.startsAt.getTime() - at.getTime() < cancelCutoffMinutes * 60_000;
const tooLate = (booking: Booking, availability: Availability, at: Date) => tooLateToChange(booking, availability.settings.cancelCutoffMinutes, at);

/**
 * The updated invite, and a reminder for the new time unless the call is now too close for one (the
 * old time's reminder finds the start changed and does nothing). One decision feeds both, so the
 * email never promises a reminder that is not coming.
 */
async function confirmMoveAndRemind(deps: BookingServiceDeps, context: BookingEmailContext, moved: Booking, at: Date, options: { moved: true; byCoach?: boolean; message?: string | null }) {
  const remindAt = reminderRunAt(moved.startsAt, at);
  await sendConfirmation(context, moved, { ...options, reminder: remindAt !== null });
  if (remindAt) await deps.scheduleReminder(context.tx, { bookingId: moved.id, startsAt: moved.startsAt.toISOString() }, remindAt);
}

/**
 * Moves a booking to another free slot in one statement: the row's time changes, so the old slot
 * is freed and the new one taken atomically; the exclusion constraint still decides races.
 */
export async function moveByVisitor(deps: BookingServiceDeps, token: string, newStart: Date, at: Date): Promise<MoveResult> {
  return deps.db.transaction(async (tx): Promise<MoveResult> => {
    const booking = await lockBookingByTokenHash(tx, hashToken(token));
    if (!booking) return { ok: false, message: "We could not find this booking." };
    if (booking.status !== "confirmed") return { ok: false, message: "This consultation is cancelled; please book a new time." };
    const { availability, context } = await changeContext(deps, tx);
    if (tooLate(booking, availability, at)) return { ok: false, message: `It is too close to the call to move it here. Please write to ${context.coach.email}.` };
    const slot = await offeredSlot(tx, { availability, coachTimeZone: context.coach.timeZone, now: at, start: newStart, ignoring: booking });
    if (!slot) return { ok: false, message: "That time is not available. Please choose another one." };
    const moved = await moveBookingIfFree(tx, booking.id, slot);
    if (!moved) return { ok: false, message: "That time was just taken. Please choose another one." };
    await confirmMoveAndRemind(deps, context, moved, at, { moved: true });
    return { ok: true, booking: moved };
  });
}

/** Cancels by the private link; past the cut-off the visitor is asked to write to the coach. */
export async function cancelByVisitor(deps: BookingServiceDeps, token: string, reason: string | null, at: Date): Promise<CancelResult> {
  return deps.db.transaction(async (tx): Promise<CancelResult> => {
    const booking = await lockBookingByTokenHash(tx, hashToken(token));
    if (!booking) return { ok: false, reason: "not-found", message: "We could not find this booking." };
    if (booking.status === "cancelled") return { ok: false, reason: "already-cancelled", message: "This consultation is already cancelled." };
    const { availability, context } = await changeContext(deps, tx);
    if (tooLate(booking, availability, at)) {
      return { ok: false, reason: "too-late", message: `It is too close to the call to cancel here. Please write to ${context.coach.email}.` };
    }
    const cancelled = await markCancelled(tx, booking.id, { reason, by: "visitor", now: at });
    if (!cancelled) return { ok: false, reason: "already-cancelled", message: "This consultation is already cancelled." };
    await sendCancellation(context, cancelled, reason);
    return { ok: true, booking: cancelled };
  });
}

/**
 * The coach moves a booking to any free time, minimum notice not applied (the coach knows their
 * own day); rules, buffers and other bookings still are. The visitor gets the updated invite
 * (same UID, higher SEQUENCE) with the coach's words.
 */
export async function moveByCoach(deps: BookingServiceDeps, id: string, newStart: Date, message: string | null, at: Date): Promise<MoveResult> {
  return deps.db.transaction(async (tx): Promise<MoveResult> => {
    const booking = await lockBooking(tx, id);
    if (!booking) return { ok: false, message: "This booking does not exist any more." };
    if (booking.status !== "confirmed") return { ok: false, message: "This consultation is cancelled, so it cannot be moved." };
    if (booking.startsAt.getTime() === newStart.getTime()) return { ok: false, message: "The call is already at that time." };
    const { availability, context } = await changeContext(deps, tx);
    const anyNotice = { ...availability, settings: { ...availability.settings, minNoticeMinutes: 0 } };
    const slot = await offeredSlot(tx, { availability: anyNotice, coachTimeZone: context.coach.timeZone, now: at, start: newStart, ignoring: booking });
    if (!slot) return { ok: false, message: "That time is not free any more. Please choose another one." };
    const moved = await moveBookingIfFree(tx, booking.id, slot);
    if (!moved) return { ok: false, message: "That time was just taken. Please choose another one." };
    await confirmMoveAndRemind(deps, context, moved, at, { moved: true, byCoach: true, message });
    return { ok: true, booking: moved };
  });
}

/** The coach asks the visitor to choose another time: an email with their manage link; the booking stays. */
export async function askToReschedule(deps: BookingServiceDeps, id: string, message: string | null, at: Date): Promise<MoveResult> {
  return deps.db.transaction(async (tx): Promise<MoveResult> => {
    const booking = await lockBooking(tx, id);
    if (!booking) return { ok: false, message: "This booking does not exist any more." };
    if (booking.status !== "confirmed") return { ok: false, message: "This consultation is cancelled." };
    if (booking.startsAt <= at) return { ok: false, message: "This call has already started." };
    const asked = await markRescheduleRequested(tx, booking.id, at, message);
    const { context } = await changeContext(deps, tx);
    await sendRescheduleRequest(context, asked, message);
    return { ok: true, booking: asked };
  });
}

/** The coach cancels, at any time, with a message the visitor receives. */
export async function cancelByCoach(deps: BookingServiceDeps, id: string, message: string | null, at: Date): Promise<CancelResult> {
  return deps.db.transaction(async (tx): Promise<CancelResult> => {
    const cancelled = await markCancelled(tx, id, { reason: message, by: "coach", now: at });
    if (!cancelled) return { ok: false, reason: "already-cancelled", message: "This consultation is already cancelled or does not exist." };
    const { context } = await changeContext(deps, tx);
    await sendCancellation(context, cancelled, message, { byCoach: true });
    return { ok: true, booking: cancelled };
  });
}

/** Sends a due reminder once; stale jobs (cancelled or moved bookings) do nothing. */
export async function sendReminder(deps: BookingServiceDeps, job: ReminderJob, at: Date): Promise<boolean> {
  return deps.db.transaction(async (tx) => {
    const booking = await lockBooking(tx, job.bookingId);
    if (!booking || !shouldSendReminder(booking, job, at)) return false;
    const { context } = await changeContext(deps, tx);
    await sendReminderEmail(context, booking);
    await markReminderSent(tx, booking.id, at);
    return true;
  });
}
