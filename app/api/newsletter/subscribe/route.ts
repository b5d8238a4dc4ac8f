import { clientIp } from "@/lib/auth/sign-in";
import { env } from "@/lib/env";
import { subscribeSchema } from "@/lib/newsletter/schema";
import { getNewsletterService, getRateLimiter } from "@/lib/runtime";
import { retryAfterMessage } from "@/lib/rate-limit/limits";
import { foreignOriginResponse, isForeignOrigin } from "@/lib/http/origin";

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
export async function POST(request: Request) {
  // Sites listed in NEWSLETTER_ALLOWED_ORIGINS may embed the form; any other site is refused.
  if (isForeignOrigin(request.headers.get("origin"), env().APP_URL, env().NEWSLETTER_ALLOWED_ORIGINS)) return foreignOriginResponse();
  const cors = corsHeaders(request.headers.get("origin"));
  const isJson = request.headers.get("content-type")?.includes("application/json") ?? false;
  let raw: Record<string, unknown>;
  try {
    raw = isJson ? ((await request.json()) as Record<string, unknown>) : Object.fromEntries(await request.formData());
  } catch {
    return Response.json({ error: "Send a form or a JSON body." }, { status: 400, headers: cors });
  }
  const parsed = subscribeSchema.safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Check the form.";
    if (isJson) return Response.json({ error: message }, { status: 422, headers: cors });
    return Response.redirect(new URL(`/newsletter?error=${encodeURIComponent(message)}`, env().APP_URL), 303);
  }
  const { website, ...input } = parsed.data;
  // A filled honeypot gets the same friendly answer and nothing else.
  if (!website) {
    const limit = await getRateLimiter().consume("newsletterPerIp", clientIp(request.headers));
    if (!limit.ok) {
      const message = `Too many sign-ups from your network. ${retryAfterMessage(limit.retryAfterMs)}`;
      if (isJson) return Response.json({ error: message }, { status: 429, headers: cors });
      return Response.redirect(new URL(`/newsletter?error=${encodeURIComponent(message)}`, env().APP_URL), 303);
    }
    await (await getNewsletterService()).subscribe(input, clientIp(request.headers));
  }
  if (isJson) return Response.json({ ok: true, message: SAME_ANSWER }, { status: 202, headers: cors });
  return Response.redirect(new URL("/newsletter/thanks", env().APP_URL), 303);
}
