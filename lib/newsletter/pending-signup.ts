/**
 * The "Check your inbox" page names the address the confirmation went to and can send it again.
 * The address travels in a short-lived cookie scoped to that page, never in its URL (where it would
 * sit in the browser's history and the server's access logs).
 */
export const PENDING_SIGNUP_COOKIE = "newsletter-signup";
const MAX_AGE_SECONDS = 60 * 60;

export interface PendingSignup {
  email: string;
  source: string | null;
}

export function pendingSignupCookie(signup: PendingSignup, appUrl: string) {
  return {
    name: PENDING_SIGNUP_COOKIE,
    value: JSON.stringify(signup),
    httpOnly: true,
    sameSite: "lax" as const,
    secure: new URL(appUrl).protocol === "https:",
    path: "/newsletter/thanks",
    maxAge: MAX_AGE_SECONDS,
  };
}

/** Anything but a well-formed pair reads as nothing: the page then speaks of "your address". */
export function readPendingSignup(value: string | undefined): PendingSignup | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<PendingSignup>;
    if (typeof parsed.email !== "string" || !/^[^@\s]{1,64}@[^@\s]{1,190}$/.test(parsed.email)) return null;
    const source = typeof parsed.source === "string" && /^\/[\w\-/?=&.%]{0,199}$/.test(parsed.source) ? parsed.source : null;
    return { email: parsed.email, source };
  } catch {
    return null;
  }
}
