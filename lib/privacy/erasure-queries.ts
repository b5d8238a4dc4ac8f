import { createHmac, randomBytes } from "node:crypto";
import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import {
  bookings,
  emailDeliveryEvents,
  emailOutbox,
  emailSuppressions,
  erasedAddresses,
  orders,
  people,
  privacySalt,
  rateLimits,
  subscribers,
  users,
  verificationTokens,
} from "@/db/schema";
import { ERASED_DOMAIN } from "./erasure-plan";

export type ErasedBy = "person" | "coach";

export interface ErasureSummary {
  account: boolean;
  subscriber: boolean;
  bookings: number;
  ordersAnonymised: number;
  unsentMailPurged: number;
  sentMailBlanked: number;
}

/** The installation's salt, made by the first caller (two at once agree on one). */
async function salt(tx: Executor): Promise<string> {
  await tx.insert(privacySalt).values({ id: 1, salt: randomBytes(32).toString("hex") }).onConflictDoNothing();
  const [row] = await tx.select({ salt: privacySalt.salt }).from(privacySalt).where(eq(privacySalt.id, 1));
  return row!.salt;
}

export function addressHash(address: string, saltValue: string): string {
  return createHmac("sha256", saltValue).update(address.trim().toLowerCase()).digest("hex");
}

/**
 * One person's turn: erasure and fulfilment of the same address take this lock first (before any
 * row lock, so they cannot deadlock), and never interleave. Held to the end of the transaction.
 */
export async function lockAddress(tx: Executor, address: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`erase:${address.trim().toLowerCase()}`}))`);
}

/** Whether `address` was erased at or after `since` (an order begun before its buyer was erased). */
export async function wasErasedSince(tx: Executor, address: string, since: Date): Promise<boolean> {
  const [row] = await tx.select({ salt: privacySalt.salt }).from(privacySalt).where(eq(privacySalt.id, 1));
  if (!row) return false;
  const [found] = await tx
    .select({ erasedAt: erasedAddresses.erasedAt })
    .from(erasedAddresses)
    .where(eq(erasedAddresses.addressHash, addressHash(address, row.salt)))
    .limit(1);
  return Boolean(found && found.erasedAt >= since);
}

/** Which of `addresses` belong to people who were erased (imports leave them out). */
export async function findErasedAddresses(db: Executor, addresses: readonly string[]): Promise<Set<string>> {
  if (addresses.length === 0) return new Set();
  const [row] = await db.select({ salt: privacySalt.salt }).from(privacySalt).where(eq(privacySalt.id, 1));
  if (!row) return new Set(); // nobody was ever erased
  const byHash = new Map(addresses.map((address) => [addressHash(address, row.salt), address]));
  const found = await db.select({ hash: erasedAddresses.addressHash }).from(erasedAddresses).where(inArray(erasedAddresses.addressHash, [...byHash.keys()]));
  return new Set(found.map((item) => byHash.get(item.hash)!));
}

const placeholder = (id: typeof orders.id | typeof emailOutbox.id) => sql`'erased-' || ${id}::text || '@${sql.raw(ERASED_DOMAIN)}'`;

/**
 * Erases one person, in the caller's transaction, as ERASURE_PLAN says table by table. Either all
 * of it happens or none: a crash half-way leaves the person whole, never half-erased.
 */
export async function erasePerson(tx: Executor, input: { email: string; by: ErasedBy; now: Date }): Promise<ErasureSummary> {
  const email = input.email.trim().toLowerCase();
  // Two erasures of one person (a double click, the coach and the person at once) take turns, and
  // so do an erasure and a payment completing for the same address (lib/payments/orders/fulfilment.ts).
  await lockAddress(tx, email);
  const [user] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));

  const anonymised = await tx
    .update(orders)
    // A sole trader's VAT number names them too; the invoice itself stays in Stripe for the accounts.
    .set({
      email: placeholder(orders.id),
      userId: null,
      browserBindingHash: null,
      taxIds: null,
      learnerRefundReason: null,
      // An erased person's payment plan must stop charging them: the plan-ending sweep cancels it.
      subscriptionEndRequestedAt: sql`coalesce(${orders.subscriptionEndRequestedAt}, case when ${orders.plan} = 'instalments' then ${input.now.toISOString()}::timestamptz end)`,
    })
    .where(user ? or(eq(orders.email, email), eq(orders.userId, user.id)) : eq(orders.email, email))
    .returning({ id: orders.id });

  const purged = await tx
    .delete(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, email), inArray(emailOutbox.status, ["queued", "sending"])))
    .returning({ id: emailOutbox.id });
  const blanked = await tx
    .update(emailOutbox)
    .set({ toAddress: placeholder(emailOutbox.id), subject: "(erased)", html: "", text: "", headers: {}, attachments: [], lastError: null })
    .where(eq(emailOutbox.toAddress, email))
    .returning({ id: emailOutbox.id });
  // Mail to others that names them (the coach's "new booking" notice quotes the booker): unsent
  // goes, sent keeps only its status. A scan, but erasures are rare and the outbox is indexed for the rest.
  const mentions = sql`(strpos(lower(${emailOutbox.html}), ${email}) > 0 or strpos(lower(${emailOutbox.text}), ${email}) > 0 or strpos(lower(${emailOutbox.subject}), ${email}) > 0 or strpos(lower(${emailOutbox.headers}::text), ${email}) > 0)`;
  const purgedMentions = await tx
    .delete(emailOutbox)
    .where(and(mentions, inArray(emailOutbox.status, ["queued", "sending"])))
    .returning({ id: emailOutbox.id });
  const blankedMentions = await tx
    .update(emailOutbox)
    .set({ subject: "(erased)", html: "", text: "", headers: {}, attachments: [], lastError: null })
    .where(mentions)
    .returning({ id: emailOutbox.id });
  await tx.delete(emailDeliveryEvents).where(eq(emailDeliveryEvents.address, email));
  await tx.delete(emailSuppressions).where(eq(emailSuppressions.address, email));

  const removedBookings = await tx.delete(bookings).where(eq(bookings.email, email)).returning({ id: bookings.id });
  const removedSubscriber = await tx.delete(subscribers).where(eq(subscribers.email, email)).returning({ id: subscribers.id });
  await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, email));
  // rate-limiter-flexible keys are "<limit name>:<key>"; compare the tail, since an address may hold LIKE's wildcards.
  await tx.delete(rateLimits).where(sql`right(${rateLimits.key}, ${email.length + 1}) = ${`:${email}`}`);
  if (user) await tx.delete(users).where(eq(users.id, user.id));
  await tx.delete(people).where(eq(people.email, email));

  await tx
    .insert(erasedAddresses)
    .values({ addressHash: addressHash(email, await salt(tx)), erasedBy: input.by, erasedAt: input.now })
    .onConflictDoUpdate({ target: erasedAddresses.addressHash, set: { erasedBy: input.by, erasedAt: input.now } });

  return {
    account: Boolean(user),
    subscriber: removedSubscriber.length > 0,
    bookings: removedBookings.length,
    ordersAnonymised: anonymised.length,
    unsentMailPurged: purged.length + purgedMentions.length,
    sentMailBlanked: blanked.length + blankedMentions.length,
  };
}
