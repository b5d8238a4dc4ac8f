import { NextResponse } from "next/server";
import { getRateLimiter, services } from "@/lib/composition/web";
import { env } from "@/lib/platform/env";
import { requestClientKey } from "@/lib/platform/http/client-address";
import { readFormOrJson } from "@/lib/platform/http/json";
import { foreignOriginResponse, isForeignOrigin } from "@/lib/platform/http/origin";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";
import { pendingSignupCookie } from "@/lib/newsletter/pending-signup";
import { typedSignupCookie } from "@/lib/newsletter/typed-signup";
import { subscribeSchema } from "@/lib/newsletter/schema";
import { retryAfterMessage } from "@/lib/platform/rate-limit/limits";

const SAME_ANSWER = "Thank you. If this address can receive the newsletter, a confirmation email is on its way.";

function corsHeaders(origin: string | null): Record<string, string> {
  if (!origin || !env().NEWSLETTER_ALLOWED_ORIGINS.includes(origin)) return {};
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Allow-Methods": "POST, OPTIONS", "Access-Control-Allow-Headers": "Content-Type", Vary: "Origin" };
}

export function OPTIONS(request: Request) {
  return new Response(null, { status: 204, headers: corsHeaders(request.headers.get("origin")) });
}

/**
 * POST /api/newsletter/subscribe — a plain HTML form (answers with a redirect) or JSON (answers
 * with JSON). The answer is the same whatever state the address is in.
 */
export const POST = answersWhenUnavailable(async (request: Request) => {
  // Sites listed in NEWSLETTER_ALLOWED_ORIGINS may embed the form; any other site is refused.
  if (isForeignOrigin(request.headers.get("origin"), env().APP_URL, env().NEWSLETTER_ALLOWED_ORIGINS)) return foreignOriginResponse();
  const cors = corsHeaders(request.headers.get("origin"));
  const body = await readFormOrJson(request);
  if (!body.ok) return body.response;
  const { isJson } = body;
  const answer = (message: string, status: number) => {
    if (isJson) return Response.json({ error: message }, { status, headers: cors });
    // Back to the form with the reason, and with what was typed (lib/newsletter/typed-signup.ts).
    const response = NextResponse.redirect(new URL(`/newsletter?error=${encodeURIComponent(message)}#signup`, env().APP_URL), 303);
    response.cookies.set(typedSignupCookie(body.fields, env().APP_URL));
    return response;
  };

  const parsed = subscribeSchema.safeParse(body.fields);
  if (!parsed.success) return answer(parsed.error.issues[0]?.message ?? "Check the form.", 422);
  const { website, ...input } = parsed.data;
  // A filled honeypot gets the same friendly answer and nothing else.
  if (!website) {
    const client = requestClientKey(request.headers);
    const limit = await getRateLimiter().consume("newsletterPerIp", client);
    if (!limit.ok) return answer(`Too many sign-ups from your network. ${retryAfterMessage(limit.retryAfterMs)}`, 429);
    await (await services()).newsletter.subscribe(input, client);
  }
  if (isJson) return Response.json({ ok: true, message: SAME_ANSWER }, { status: 202, headers: cors });
  // The thanks page names the address and offers to send again (lib/newsletter/pending-signup.ts).
  const again = body.fields.again === "1";
  const response = NextResponse.redirect(new URL(`/newsletter/thanks${again ? "?again=1" : ""}`, env().APP_URL), 303);
  response.cookies.set(pendingSignupCookie({ email: parsed.data.email, source: parsed.data.source ?? null }, env().APP_URL));
  return response;
});
