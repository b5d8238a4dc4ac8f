import { cookies } from "next/headers";
import { NextResponse } from "next/server";
import { headerHintCookie } from "@/lib/auth/header-hint";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { services } from "@/lib/composition/web";
import { env } from "@/lib/platform/env";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";
import { CHECKOUT_BINDING_COOKIE } from "@/lib/payments/checkout/browser-binding";

/**
 * The success page sends the paying browser here once the payment is confirmed: it is signed in
 * as the buyer and sent back to the success page, which now welcomes them in. Only the browser holding the checkout's cookie (path
 * /checkout, an hour, httpOnly) gets in, once; anyone else is sent back to the success page,
 * which points to the receipt's link.
 */
export const GET = answersWhenUnavailable(async (request: Request) => {
  const app = env().APP_URL;
  const sessionId = (new URL(request.url).searchParams.get("session_id") ?? "").slice(0, 200);
  const jar = await cookies();
  const checkout = (await services()).checkout;
  const result = checkout && sessionId ? await checkout.enterCourse(sessionId, jar.get(CHECKOUT_BINDING_COOKIE)?.value ?? null) : { kind: "use-the-link" as const };
  if (result.kind !== "signed-in") {
    return NextResponse.redirect(new URL(`/checkout/success?session_id=${encodeURIComponent(sessionId)}`, app), 303);
  }
  // Back to the success page, now signed in: it says the purchase worked and what happens next
  // before the buyer steps into the course. Its address differs from the one that sent the
  // browser here (`&welcome`): a client-side navigation that is redirected back to the very
  // address it asked for renders an empty page in Next.js 16.
  const response = NextResponse.redirect(new URL(`/checkout/success?session_id=${encodeURIComponent(sessionId)}&welcome`, app), 303);
  response.cookies.set(sessionCookie(result.sessionToken, result.expires, app));
  response.cookies.set(headerHintCookie("learner", app));
  // Spent: the cookie has nothing more to prove.
  response.cookies.set({ name: CHECKOUT_BINDING_COOKIE, value: "", path: "/checkout", maxAge: 0 });
  return response;
});
