import { z } from "zod";
import { retryAfterMessage } from "@/lib/platform/rate-limit/limits";
import type { RateLimiter } from "@/lib/platform/rate-limit/limiter";
import { roleFor, safeNextPath } from "./access";

export const signInRequestSchema = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(254, "That address is too long.")
    .pipe(z.email("Enter an email address like name@example.com.")),
  next: z.string().optional(),
});

export interface SignInDeps {
  limiter: Pick<RateLimiter, "consume">;
  /** Asks Auth.js to create the token and send the link (through the outbox). */
  sendLink: (email: string, redirectTo: string) => Promise<void>;
  /** The back office's addresses: without a `next`, the coach lands there instead of on /account. */
  adminEmails?: readonly string[];
}

export type SignInResult = { ok: true } | { ok: false; error: string };

/** Whether another sign-in link may go to this address now; used by our form and by Auth.js's route alike. */
export async function mayMailAddress(limiter: Pick<RateLimiter, "consume">, email: string): Promise<boolean> {
  return (await limiter.consume("signInPerEmail", email)).ok;
}

/**
 * Sends a magic link. The answer is the same for known and unknown addresses (Auth.js creates the
 * account only when the link is used), and the work done is the same, so neither the message nor
 * the timing tells anyone whether an address has an account.
 */
export async function requestSignInLink(
  deps: SignInDeps,
  input: { email: string; next?: string; ip: string },
): Promise<SignInResult> {
  const perIp = await deps.limiter.consume("signInPerIp", input.ip);
  if (!perIp.ok) return { ok: false, error: `Too many sign-in requests from your network. ${retryAfterMessage(perIp.retryAfterMs)}` };
  // Over the address's budget nothing is sent, and the answer is the same as when a link goes out:
  // a stranger learns nothing, and the owner finds a working link in the inbox (see RATE_LIMITS).
  if (!(await mayMailAddress(deps.limiter, input.email))) return { ok: true };
  const home = roleFor(input.email, deps.adminEmails ?? []) === "admin" ? "/admin" : "/account";
  await deps.sendLink(input.email, safeNextPath(input.next, home));
  return { ok: true };
}
