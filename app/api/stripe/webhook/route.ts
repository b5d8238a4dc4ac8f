import { requestLogger } from "@/lib/log";
import { getWebhookService } from "@/lib/composition/web";

/**
 * Stripe's webhook. The body is read as text and verified byte for byte before anything is
 * parsed; no cookies and no Origin are expected here (Stripe is the caller).
 */
export async function POST(request: Request) {
  const service = await getWebhookService();
  if (!service) return Response.json({ received: false, error: "STRIPE_WEBHOOK_SECRET is not set." }, { status: 503 });
  const result = await service.handle(await request.text(), request.headers.get("stripe-signature"));
  const log = requestLogger(request.headers);
  if (result.status === 200) log.info({ outcome: result.body.outcome }, "stripe webhook handled");
  else log.warn({ status: result.status, error: result.body.error }, "stripe webhook refused");
  return Response.json(result.body, { status: result.status });
}
