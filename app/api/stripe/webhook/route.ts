import { getRateLimiter, services } from "@/lib/composition/web";
import { requestClientKey } from "@/lib/platform/http/client-address";
import { BODY_LIMITS, readBoundedText } from "@/lib/platform/http/json";
import { tooManyRequests } from "@/lib/platform/http/limits";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";
import { requestLogger } from "@/lib/platform/log";

/**
 * Stripe's webhook. The body is read as text (at most 1 MB) and verified byte for byte before
 * anything is parsed; no cookies and no Origin are expected here (Stripe is the caller).
 */
export const POST = answersWhenUnavailable(async (request: Request) => {
  const service = (await services()).webhook;
  if (!service) return Response.json({ received: false, error: "STRIPE_WEBHOOK_SECRET is not set." }, { status: 503, headers: { "Retry-After": "3600" } });
  const body = await readBoundedText(request, BODY_LIMITS.stripeWebhook);
  if (!body.ok) return body.response;
  const limit = await getRateLimiter().consume("webhooksPerSource", requestClientKey(request.headers));
  if (!limit.ok) return tooManyRequests(limit, "Too many webhook deliveries.");
  const result = await service.handle(body.text, request.headers.get("stripe-signature"));
  const log = requestLogger(request.headers);
  if (result.status === 200) log.info({ outcome: result.body.outcome }, "stripe webhook handled");
  else log.warn({ status: result.status, error: result.body.error }, "stripe webhook refused");
  return Response.json(result.body, { status: result.status });
});
