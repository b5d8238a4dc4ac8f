import { createHmac, randomBytes } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { erasedAddresses, privacySalt, rateLimits } from "@/db/schema";

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

/** Rate-limit counters keyed by the address go. Keys are "<limit name>:<key>"; the tail is compared, since an address may hold LIKE's wildcards. */
export async function eraseRateLimits(tx: Executor, email: string) {
  await tx.delete(rateLimits).where(sql`right(${rateLimits.key}, ${email.length + 1}) = ${`:${email}`}`);
}

/** The salted hash that lets imports refuse the address from now on; nothing readable. */
export async function recordErasedAddress(tx: Executor, input: { email: string; by: ErasedBy; now: Date }) {
  await tx
    .insert(erasedAddresses)
    .values({ addressHash: addressHash(input.email, await salt(tx)), erasedBy: input.by, erasedAt: input.now })
    .onConflictDoUpdate({ target: erasedAddresses.addressHash, set: { erasedBy: input.by, erasedAt: input.now } });
}
