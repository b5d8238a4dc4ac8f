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

/** When to run the reminder: a day before, or straight away when the booking is sooner than that. */
export function reminderRunAt(startsAt: Date, now: Date): Date {
  return new Date(Math.max(now.getTime(), startsAt.getTime() - REMINDER_LEAD_MS));
}
