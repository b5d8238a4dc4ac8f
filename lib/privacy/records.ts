import type { Executor } from "@/db/connect";
import { accountRecord } from "@/lib/account/public";
import { bookingRecords } from "@/lib/booking/public";
import { latestCheckInsForUser } from "@/lib/check-ins/public";
import { learningRecords } from "@/lib/course/public";
import { mailRecords } from "@/lib/email/public";
import { subscriberRecord } from "@/lib/newsletter/public";
import { orderRecords } from "@/lib/payments/public";
import { noteRecords } from "@/lib/people/public";

/**
 * Everything the site holds about one address, each domain reading its own tables. The coach's
 * timeline and the person's own data export are both built from this, so what one shows the other
 * contains. `limit` caps the long lists for the timeline; the export passes none.
 */
export async function loadPersonRecords(db: Executor, input: { email: string; personId: string | null; limit?: number }) {
  const limit = input.limit ?? 100_000;
  const email = input.email.toLowerCase();
  const user = await accountRecord(db, email);
  const userId = user?.id ?? null;
  const subscriber = await subscriberRecord(db, email);
  const bookings = await bookingRecords(db, email, limit);
  const { orders, reversals } = await orderRecords(db, { email, userId, limit });
  const learning = userId ? await learningRecords(db, userId, limit) : null;
  const checkIns = userId ? await latestCheckInsForUser(db, userId, limit) : [];
  const { emails, deliveryEvents, suppression } = await mailRecords(db, email, limit);
  const notes = input.personId ? await noteRecords(db, input.personId) : [];
  return {
    email,
    user,
    subscriber,
    bookings,
    orders,
    reversals,
    enrollments: learning?.enrollments ?? [],
    lessonsDone: learning?.lessonsDone ?? [],
    checkIns,
    emails,
    deliveryEvents,
    suppression,
    notes,
  };
}

export type PersonRecords = Awaited<ReturnType<typeof loadPersonRecords>>;
