/**
 * The Auth.js session cookie, for the one place the app opens a session itself (the browser that
 * just paid, see lib/payments/checkout/browser-entry.ts). Same name, lifetime and flags as Auth.js's own
 * (auth.ts): `__Secure-` prefixed and Secure when the site is served over https.
 */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

export function sessionCookie(sessionToken: string, expires: Date, appUrl: string) {
  const secure = new URL(appUrl).protocol === "https:";
  return {
    name: `${secure ? "__Secure-" : ""}authjs.session-token`,
    value: sessionToken,
    httpOnly: true,
    sameSite: "lax" as const,
    secure,
    path: "/",
    expires,
  };
}
