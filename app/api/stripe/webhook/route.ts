import { getWebhookService } from "@/lib/runtime";

/**
 * Stripe's webhook. The body is read as text and verified byte for byte before anything is
 * parsed; no cookies and no Origin are expected here (Stripe is the caller).
 */
export async function POST(request: Request) {
  const service = await getWebhookService();
  if (!service) return Response.json({ received: false, error: "STRIPE_WEBHOOK_SECRET is not set." }, { status: 503 });
  const result = await service.handle(await request.text(), request.headers.get("stripe-signature"));
  return Response.json(result.body, { status: result.status });
}
