import type { Executor } from "@/db/connect";
import { accountRecord, eraseAccount } from "@/lib/account/public";
import { eraseBookings } from "@/lib/booking/public";
import { eraseMail } from "@/lib/email/public";
import { eraseSubscriber } from "@/lib/newsletter/public";
import { anonymiseOrders } from "@/lib/payments/public";
import { erasePersonEntry } from "@/lib/people/public";
import { ERASED_DOMAIN } from "./erasure-plan";
import { eraseRateLimits, lockAddress, recordErasedAddress, type ErasedBy, type ErasureSummary } from "./erasure-queries";

/**
 * Erases one person, in the caller's transaction, as ERASURE_PLAN says table by table: each domain
 * erases its own rows, this decides the order and holds the lock. Either all of it happens or
 * none: a crash half-way leaves the person whole, never half-erased.
 */
export async function erasePerson(tx: Executor, input: { email: string; by: ErasedBy; now: Date }): Promise<ErasureSummary> {
  const email = input.email.trim().toLowerCase();
  // Two erasures of one person (a double click, the coach and the person at once) take turns, and
  // so do an erasure and a payment completing for the same address (lib/payments/orders/fulfilment.ts).
  await lockAddress(tx, email);
  const userId = (await accountRecord(tx, email))?.id ?? null;
  const ordersAnonymised = await anonymiseOrders(tx, { email, userId, now: input.now, erasedDomain: ERASED_DOMAIN });
  const mail = await eraseMail(tx, { email, erasedDomain: ERASED_DOMAIN });
  const bookings = await eraseBookings(tx, email);
  const subscriber = await eraseSubscriber(tx, email);
  await eraseRateLimits(tx, email);
  await eraseAccount(tx, { email, userId });
  await erasePersonEntry(tx, email);
  await recordErasedAddress(tx, { email, by: input.by, now: input.now });
  return { account: userId !== null, subscriber, bookings, ordersAnonymised, ...mail };
}
