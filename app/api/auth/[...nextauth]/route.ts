import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { redirectOnAppOrigin } from "@/lib/auth/public-origin";
import { mayMailAddress, signInRequestSchema } from "@/lib/auth/sign-in";
import { getRateLimiter } from "@/lib/composition/web";
import { requestClientKey } from "@/lib/platform/http/client-address";
import { readBoundedText } from "@/lib/platform/http/json";
import { tooManyRequests } from "@/lib/platform/http/limits";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";
import { env } from "@/lib/platform/env";

/** Auth.js's own forms are small: a CSRF token, an address, a callback URL. */
const AUTH_BODY_LIMIT = 16 * 1024;

// Every answer of Auth.js's goes through redirectOnAppOrigin: its redirects and callback-url
// cookie land on APP_URL even where Next.js has rewritten a loopback APP_URL to localhost.
export const GET = answersWhenUnavailable(async (request: NextRequest) => redirectOnAppOrigin(await handlers.GET(request), env().APP_URL));

/**
 * Auth.js's routes. A sign-in link requested here directly (not through our form, which checks
 * the same things in its server action) gets the same address check and the same limits per
 * address and per network before Auth.js sends anything.
 */
export const POST = answersWhenUnavailable(async (request: NextRequest) => {
  if (!request.nextUrl.pathname.endsWith("/signin/email")) return redirectOnAppOrigin(await handlers.POST(request), env().APP_URL);
  const body = await readBoundedText(request, AUTH_BODY_LIMIT);
  if (!body.ok) return body.response;
  const form = new URLSearchParams(body.text);
  const parsed = signInRequestSchema.safeParse({ email: form.get("email") ?? "" });
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]!.message }, { status: 422 });

  const limiter = getRateLimiter();
  const perIp = await limiter.consume("signInPerIp", requestClientKey(request.headers));
  if (!perIp.ok) return tooManyRequests(perIp, "Too many sign-in requests from your network.");
  // Over the address's budget nothing is sent, and the answer is the one a sent link gets: no
  // stranger learns that a limit was hit, and the owner's inbox already holds a working link
  // (lib/platform/rate-limit/limits.ts). Both answers send the browser to our check-email page on APP_URL.
  const checkEmail = `${env().APP_URL}/sign-in/check-email?provider=email&type=email`;
  const wantsJson = Boolean(request.headers.get("x-auth-return-redirect"));
  if (!(await mayMailAddress(limiter, parsed.data.email))) return wantsJson ? Response.json({ url: checkEmail }) : Response.redirect(checkEmail, 302);

  form.set("email", parsed.data.email);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  const sent = await handlers.POST(new NextRequest(request.url, { method: "POST", headers, body: form.toString() }));
  return redirectOnAppOrigin(await sameAnswerWhenSent(sent, checkEmail, wantsJson), env().APP_URL);
});

/**
 * Auth.js answers a sent link with a redirect to its verify-request page, built from the request's
 * own host. Ours names the check-email page on APP_URL, identical whether or not a link went out;
 * an error (a redirect elsewhere) passes through untouched, with any cookies Auth.js set.
 */
async function sameAnswerWhenSent(sent: Response, checkEmail: string, wantsJson: boolean): Promise<Response> {
  const location = sent.headers.get("location") ?? "";
  const json = wantsJson && sent.headers.get("content-type")?.includes("json") ? ((await sent.clone().json().catch(() => null)) as { url?: string } | null) : null;
  const target = json?.url ?? location;
  if (!/\/(verify-request|sign-in\/check-email)\b/.test(target)) return sent;
  const headers = new Headers();
  for (const cookie of sent.headers.getSetCookie()) headers.append("set-cookie", cookie);
  if (wantsJson) {
    headers.set("content-type", "application/json");
    return new Response(JSON.stringify({ url: checkEmail }), { status: 200, headers });
  }
  headers.set("location", checkEmail);
  return new Response(null, { status: 302, headers });
}
