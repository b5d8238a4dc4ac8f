/**
 * The cookie that ties a checkout to the browser that started it (see orders.browserBindingHash).
 * httpOnly, so no script can read it; SameSite=Lax, so it comes back on the top-level redirect
 * from Stripe; scoped to /checkout and to an hour.
 */
export const CHECKOUT_BINDING_COOKIE = "coach-checkout";

export function bindingCookie(value: string, appUrl: string) {
  return {
    name: CHECKOUT_BINDING_COOKIE,
    value,
    httpOnly: true,
    sameSite: "lax" as const,
    secure: new URL(appUrl).protocol === "https:",
    path: "/checkout",
    maxAge: 60 * 60,
  };
}
