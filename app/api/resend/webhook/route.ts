import { getRateLimiter, services } from "@/lib/composition/web";
import { requestClientKey } from "@/lib/platform/http/client-address";
import { BODY_LIMITS, readBoundedText } from "@/lib/platform/http/json";
import { tooManyRequests } from "@/lib/platform/http/limits";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";
import { requestLogger } from "@/lib/platform/log";

/**
 * Resend's delivery events (delivered, delayed, bounced, complained). The body is read as text
 * (at most 256 KB) and its signature checked byte for byte before anything is parsed.
 */
export const POST = answersWhenUnavailable(async (request: Request) => {
  const service = (await services()).deliveryEvents;
  if (!service) return Response.json({ received: false, error: "RESEND_WEBHOOK_SECRET is not set." }, { status: 503, headers: { "Retry-After": "3600" } });
  const body = await readBoundedText(request, BODY_LIMITS.resendWebhook);
  if (!body.ok) return body.response;
  const limit = await getRateLimiter().consume("webhooksPerSource", requestClientKey(request.headers));
  if (!limit.ok) return tooManyRequests(limit, "Too many webhook deliveries.");
  const result = await service.handle(body.text, {
    id: request.headers.get("svix-id"),
    timestamp: request.headers.get("svix-timestamp"),
    signature: request.headers.get("svix-signature"),
  });
  const log = requestLogger(request.headers);
  if (result.status === 200) log.info({ outcome: result.body.outcome }, "resend webhook handled");
  else log.warn({ status: result.status, error: result.body.error }, "resend webhook refused");
  return Response.json(result.body, { status: result.status });
});
