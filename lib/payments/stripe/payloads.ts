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
  customer_details: z
    .object({
      email: z.string().nullable().optional(),
      // What the buyer gave Stripe Tax: the billing country and any tax ids (VAT numbers).
      address: z.object({ country: z.string().nullable().optional() }).nullable().optional(),
      tax_ids: z.array(z.object({ type: z.string(), value: z.string() })).nullable().optional(),
    })
    .nullable()
    .optional(),
  payment_intent: expandable.nullable().optional(),
  mode: z.enum(["payment", "subscription", "setup"]).optional(),
  subscription: expandable.nullable().optional(),
  invoice: expandable.nullable().optional(),
  total_details: z.object({ amount_tax: z.number().int().nullable().optional() }).nullable().optional(),
});

/** Stripe's invoice as the 2025+ API sends it: a subscription's invoices name it under parent. */
export const invoiceSchema = z.object({
  id,
  object: z.literal("invoice"),
  status: z.string().nullable().optional(),
  amount_paid: z.number().int(),
  amount_due: z.number().int(),
  currency: z.string(),
  attempt_count: z.number().int().optional(),
  next_payment_attempt: z.number().int().nullable().optional(),
  hosted_invoice_url: z.string().nullable().optional(),
  invoice_pdf: z.string().nullable().optional(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
  parent: z
    .object({
      subscription_details: z
        .object({ subscription: expandable, metadata: z.record(z.string(), z.string()).nullable().optional() })
        .nullable()
        .optional(),
    })
    .nullable()
    .optional(),
});

export const invoicePaymentSchema = z.object({
  id,
  object: z.literal("invoice_payment"),
  invoice: expandable,
  payment: z.object({ type: z.string(), payment_intent: expandable.nullable().optional() }),
});

export const subscriptionSchema = z.object({
  id,
  object: z.literal("subscription"),
  status: z.string(),
  metadata: z.record(z.string(), z.string()).nullable().optional(),
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
export type InvoicePayload = z.infer<typeof invoiceSchema>;
export type SubscriptionPayload = z.infer<typeof subscriptionSchema>;

/** Tax ids as one line for the order ("eu_vat DE123456789"); null when none were given. */
export function taxIdsLine(session: CheckoutSessionPayload): { country: string | null; taxIds: string | null } {
  const ids = session.customer_details?.tax_ids ?? [];
  return {
    country: session.customer_details?.address?.country ?? null,
    taxIds: ids.length > 0 ? ids.map((taxId) => `${taxId.type} ${taxId.value}`).join(", ").slice(0, 300) : null,
  };
}

/** The order an invoice belongs to: a plan's invoices carry it in the subscription's metadata, a one-time invoice in its own. */
export function invoiceOrderId(invoice: InvoicePayload): string | null {
  return invoice.parent?.subscription_details?.metadata?.order_id ?? invoice.metadata?.order_id ?? null;
}

/** The address the buyer gave: Stripe collects it for guests, we pass it for signed-in buyers. */
export function buyerEmail(session: CheckoutSessionPayload): string | null {
  const email = session.customer_details?.email ?? session.customer_email ?? null;
  return email ? email.trim().toLowerCase() : null;
}
