import { createHash, randomBytes } from "node:crypto";
import type { Executor } from "@/db/connect";
import { insertSignInToken } from "@/lib/auth/public";

/** How long the sign-in button in a receipt works: long enough to read the email tomorrow morning. */
export const RECEIPT_SIGN_IN_HOURS = 24;

/**
 * An Auth.js email sign-in link written in the caller's transaction. Auth.js stores
 * SHA-256(token + secret) and accepts the link once, exactly as for links it sends itself.
 */
export async function createSignInLink(
  executor: Executor,
  input: { email: string; appUrl: string; secret: string; next: string; now: Date; validHours?: number },
): Promise<string> {
  const token = randomBytes(32).toString("hex");
  const expires = new Date(input.now.getTime() + (input.validHours ?? RECEIPT_SIGN_IN_HOURS) * 3_600_000);
  await insertSignInToken(executor, { identifier: input.email, token: createHash("sha256").update(`${token}${input.secret}`).digest("hex"), expires });
  const params = new URLSearchParams({ callbackUrl: `${input.appUrl}${input.next}`, token, email: input.email });
  return `${input.appUrl}/api/auth/callback/email?${params}`;
}
