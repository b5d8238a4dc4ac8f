import Stripe from "stripe";

// Verification and signing need no API key and make no request; this client is never used to call Stripe.
const offline = new Stripe("sk_test_offline_signature_only");

/** Stripe's default: a signed event older than five minutes is refused, so a captured one cannot be replayed later. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type VerifiedEvent = { id: string; type: string; data: { object: unknown } };

export function verifyWebhookEvent(
  rawBody: string,
  signatureHeader: string | null,
  secret: string,
  nowMs?: number,
): { ok: true; event: VerifiedEvent } | { ok: false; message: string } {
  if (!signatureHeader) return { ok: false, message: "Missing Stripe-Signature header." };
  try {
    const event = offline.webhooks.constructEvent(
      rawBody,
      signatureHeader,
      secret,
      SIGNATURE_TOLERANCE_SECONDS,
      undefined,
      nowMs,
    ) as unknown as VerifiedEvent;
    if (typeof event?.id !== "string" || typeof event.type !== "string") return { ok: false, message: "Not a Stripe event." };
    return { ok: true, event };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message.split("\n")[0]! : "Signature check failed." };
  }
}

/** The Stripe-Signature header Stripe would send for this body; for the local provider and tests. */
export function signWebhookPayload(rawBody: string, secret: string, timestampSeconds?: number): string {
  return offline.webhooks.generateTestHeaderString({
    payload: rawBody,
    secret,
    ...(timestampSeconds === undefined ? {} : { timestamp: timestampSeconds }),
  });
}
