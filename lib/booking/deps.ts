import type { Database, Executor } from "@/db/connect";
import type { EmailService } from "@/lib/email/service";
import type { Coach } from "./booking-emails";
import type { ReminderJob } from "./reminders";

/** What the booking steps (new-booking.ts, change-booking.ts) and their service are built from. */
export interface BookingServiceDeps {
  db: Database;
  email: Pick<EmailService, "sendEmail">;
  /** The coach, read through the executor given: a transaction passes its own `tx`. */
  coach: (db: Executor) => Promise<Coach>;
  appUrl: string;
  /** Derives each booking's private manage token, so later emails (reminders, moves) can link to it. */
  secret: string;
  /** Schedules the 24-hour reminder inside the booking's transaction. */
  scheduleReminder: (tx: Executor, job: ReminderJob, runAt: Date) => Promise<void>;
  /** Told after a booking was made, moved or cancelled (committed), so cached free times refresh. */
  onBusyTimesChanged?: () => void;
  now?: () => Date;
}
