/**
 * What a visitor typed into a sign-up form the server refused (an address it cannot use, too many
 * sign-ups): the form posts without JavaScript and the answer is a redirect, so the refused values
 * come back in a five-minute cookie scoped to the newsletter page, never in its URL (history, logs).
 */
export const TYPED_SIGNUP_COOKIE = "newsletter-typed";
const MAX_AGE_SECONDS = 5 * 60;
const MAX_LENGTH = 254;

export interface TypedSignup {
  email: string;
  firstName: string;
}

export function typedSignupCookie(fields: Record<string, unknown>, appUrl: string) {
  const text = (value: unknown) => (typeof value === "string" ? value.slice(0, MAX_LENGTH) : "");
  return {
    name: TYPED_SIGNUP_COOKIE,
    value: JSON.stringify({ email: text(fields.email), firstName: text(fields.firstName) } satisfies TypedSignup),
    httpOnly: true,
    sameSite: "lax" as const,
    secure: new URL(appUrl).protocol === "https:",
    path: "/newsletter",
    maxAge: MAX_AGE_SECONDS,
  };
}

/** Anything but two short strings reads as nothing: the form is then empty, as before. */
export function readTypedSignup(value: string | undefined): TypedSignup | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<TypedSignup>;
    if (typeof parsed.email !== "string" || typeof parsed.firstName !== "string") return null;
    if (parsed.email.length > MAX_LENGTH || parsed.firstName.length > MAX_LENGTH) return null;
    return { email: parsed.email, firstName: parsed.firstName };
  } catch {
    return null;
  }
}
