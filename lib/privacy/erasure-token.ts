import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The link in "confirm: erase your data": `<address>.<expiry>.<hmac>`, verifiable without storing
 * anything. It only proves the person can read that mailbox; the page still asks once more.
 */
export const ERASURE_LINK_MINUTES = 60;

const sign = (payload: string, secret: string) => createHmac("sha256", secret).update(`erase:${payload}`).digest("base64url");

export function erasureToken(email: string, now: Date, secret: string): string {
  const payload = `${Buffer.from(email.toLowerCase()).toString("base64url")}.${now.getTime() + ERASURE_LINK_MINUTES * 60_000}`;
  return `${payload}.${sign(payload, secret)}`;
}

export type ErasureTokenCheck = { ok: true; email: string } | { ok: false; reason: "invalid" | "expired" };

export function verifyErasureToken(token: string, now: Date, secret: string): ErasureTokenCheck {
  const [address, expiry, signature, extra] = token.split(".");
  if (!address || !expiry || !signature || extra !== undefined || !/^\d{13,}$/.test(expiry)) return { ok: false, reason: "invalid" };
  const expected = Buffer.from(sign(`${address}.${expiry}`, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  if (Number(expiry) <= now.getTime()) return { ok: false, reason: "expired" };
  return { ok: true, email: Buffer.from(address, "base64url").toString() };
}
