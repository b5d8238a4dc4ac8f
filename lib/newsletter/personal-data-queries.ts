import { eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { subscribers } from "@/db/schema";

/** The address's subscription, if any: its part of a person's records. */
export async function subscriberRecord(db: Executor, email: string) {
  const [subscriber] = await db
    .select({
      id: subscribers.id,
      firstName: subscribers.firstName,
      status: subscribers.status,
      source: subscribers.source,
      consentText: subscribers.consentText,
      signedUpAt: subscribers.signedUpAt,
      confirmedAt: subscribers.confirmedAt,
      unsubscribedAt: subscribers.unsubscribedAt,
    })
    .from(subscribers)
    .where(eq(subscribers.email, email));
  return subscriber ?? null;
}

/** The subscription goes, and its welcome deliveries with it. True when there was one. */
export async function eraseSubscriber(tx: Executor, email: string): Promise<boolean> {
  const removed = await tx.delete(subscribers).where(eq(subscribers.email, email)).returning({ id: subscribers.id });
  return removed.length > 0;
}
