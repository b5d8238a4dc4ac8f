/**
 * Whether the browser coming back from a paid checkout may be signed in as the buyer, without the
 * emailed link. Pure: the order, the buyer's account and the hash of the browser's cookie go in.
 *
 * Stripe never proves the buyer owns the address they typed, so only an account this very
 * checkout created qualifies: one that did not exist when the checkout started and has never been
 * signed into by link (emailVerified unset), and never the back office's. Anyone with an older
 * account gets the receipt's link, which proves the mailbox.
 */
export const BROWSER_ENTRY_MS = 60 * 60 * 1000;

export interface EntryOrder {
  status: string;
  createdAt: Date;
  browserBindingHash: string | null;
  browserBindingUsedAt: Date | null;
}

export interface EntryAccount {
  role: string;
  emailVerified: Date | null;
  createdAt: Date;
}

export type EntryDecision = { ok: true } | { ok: false; reason: "not-this-browser" | "used" | "expired" | "not-paid" | "existing-account" };

export function browserEntry(input: { order: EntryOrder; account: EntryAccount | null; bindingHash: string | null; now: Date }): EntryDecision {
  const { order, account } = input;
  if (!input.bindingHash || !order.browserBindingHash || input.bindingHash !== order.browserBindingHash) return { ok: false, reason: "not-this-browser" };
  if (order.browserBindingUsedAt) return { ok: false, reason: "used" };
  if (input.now.getTime() - order.createdAt.getTime() >= BROWSER_ENTRY_MS) return { ok: false, reason: "expired" };
  if (order.status !== "paid") return { ok: false, reason: "not-paid" };
  if (!account || account.role === "admin" || account.emailVerified || account.createdAt < order.createdAt) return { ok: false, reason: "existing-account" };
  return { ok: true };
}
