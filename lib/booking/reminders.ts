/** Reminders go out this long before a consultation. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

export interface ReminderJob {
  bookingId: string;
  /** The start the reminder was scheduled for; a moved booking has a new one. */
  startsAt: string;
}

interface BookingState {
  status: "confirmed" | "cancelled";
  startsAt: Date;
  reminderSentAt: Date | null;
}

/**
 * Whether a due reminder job should send. A cancelled booking, one moved to another time (its job
 * for the old time is stale) or one already reminded gets nothing.
 */
export function shouldSendReminder(booking: BookingState | null, job: ReminderJob, now: Date): boolean {
  if (!booking || booking.status !== "confirmed") return false;
  if (booking.startsAt.toISOString() !== job.startsAt) return false;
  if (booking.reminderSentAt) return false;
  return booking.startsAt.getTime() > now.getTime();
}

/**
 * The day-before reminder must come well after the confirmation, or it is noise: a "Tomorrow" email
 * in the same minute as (or a few hours after) the confirmation reads like a glitch and teaches
 * people to skim our mail. Half a day, a night's sleep for most, lets the confirmation drop out of
 * mind before a reminder earns its place; until then the confirmation itself is the reminder.
 */
export const REMINDER_MIN_GAP_MS = 12 * 60 * 60 * 1000;

/**
 * When to send the day-before reminder for a booking made (or moved) at `now`, or null for none:
 * a call booked less than a day and a half ahead (the lead plus the gap) gets only its confirmation.
 */
export function reminderRunAt(startsAt: Date, now: Date): Date | null {
  const runAt = startsAt.getTime() - REMINDER_LEAD_MS;
  return runAt - now.getTime() >= REMINDER_MIN_GAP_MS ? new Date(runAt) : null;
}
