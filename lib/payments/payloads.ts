import { z } from "zod";

/**
 * The parts of Stripe's objects that fulfilment reads, parsed instead of trusted: a payload that
 * lacks them is answered, recorded and ignored rather than half-applied. Field names are Stripe's.
 */

const id = z.string().min(1);
const expandable = z.union([id, z.object({ id })]).transform((value) => (typeof value === "string" ? value : value.id));

export const checkoutSessionSchema = z.object({
  id,
  object: z.literal("checkout.session"),
  client_reference_id: z.string().nullable().optional(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  payment_status: z.enum(["paid", "unpaid", "no_payment_required"]),
  amount_subtotal: z.number().int().nullable(),
  amount_total: z.number().int().nullable(),
  currency: z.string().nullable(),
  customer_email: z.string().nullable().optional(),
  customer_details: z.object({ email: z.string().nullable().optional() }).nullable().optional(),
  payment_intent: expandable.nullable().optional(),
});

export const chargeSchema = z.object({
  id,
  object: z.literal("charge"),
  amount: z.number().int(),
  amount_refunded: z.number().int(),
  refunded: z.boolean(),
  payment_intent: expandable.nullable(),
});

export const disputeSchema = z.object({
  id,
  object: z.literal("dispute"),
  status: z.string(),
  payment_intent: expandable.nullable(),
});

export type CheckoutSessionPayload = z.infer<typeof checkoutSessionSchema>;
export type ChargePayload = z.infer<typeof chargeSchema>;
export type DisputePayload = z.infer<typeof disputeSchema>;

/** The address the buyer gave: Stripe collects it for guests, we pass it for signed-in buyers. */
export function buyerEmail(session: CheckoutSessionPayload): string | null {
  const email = session.customer_details?.email ?? session.customer_email ?? null;
  return email ? email.trim().toLowerCase() : null;
}
