import type { Executor } from "@/db/connect";
import { invoiceOrderId, type InvoicePayload } from "../stripe/payloads";
import { lockOrder, updateOrder } from "../queries";

/** A one-time payment's invoice (Checkout's invoice_creation): kept on the order, so the receipt's link can find it. */
export async function recordOneTimeInvoice(tx: Executor, invoice: InvoicePayload): Promise<string> {
  const orderId = invoiceOrderId(invoice);
  const order = orderId ? await lockOrder(tx, orderId) : null;
  if (!order || order.plan !== "full") return "not-ours";
  if (order.invoiceId && order.invoiceId !== invoice.id) return "ignored: the order has another invoice";
  await updateOrder(tx, order.id, { invoiceId: invoice.id, invoiceUrl: invoice.hosted_invoice_url ?? null, invoicePdfUrl: invoice.invoice_pdf ?? null });
  return "invoice recorded";
}
