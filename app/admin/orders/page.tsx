import Link from "next/link";
import { PersonLink } from "@/app/admin/person-link";
import { Notice } from "@/app/_ui/notice";
import { requireAdmin } from "@/app/_auth/guards";
import { pageCursorParam, pageCursorSchema } from "@/lib/platform/validation/page-cursor";
import { formatPrice } from "@/lib/platform/text/price-and-duration";
import { ORDER_STATUS_LABELS, ORDER_STATUSES_FOR_FILTER } from "@/lib/payments/orders/order-status";
import { services } from "@/lib/composition/web";
import { declineRefundRequest, refundOrder } from "./actions";
import { AdminTable } from "@/app/_ui/admin-table";
import { adminTitle } from "@/app/admin/admin-title";
import { PageLinks } from "@/app/_ui/page-links";

export const generateMetadata = adminTitle("Orders");

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function OrdersPage({ searchParams }: PageProps<"/admin/orders">) {
  await requireAdmin();
  const { status, notice, error, before: beforeParam, refund } = await searchParams;
  const refunding = typeof refund === "string" ? refund : null;
  const service = (await services()).orders;
  const before = pageCursorSchema.parse(beforeParam);
  const statusFilter = typeof status === "string" ? status : undefined;
  const { rows: orders, more } = await service.listOrders(statusFilter, before);
  const last = orders.at(-1);
  const olderHref = more && last ? `/admin/orders?${new URLSearchParams({ ...(statusFilter ? { status: statusFilter } : {}), before: pageCursorParam(last.createdAt, last.id) })}` : null;
  // This page's own address, for the links that open and close one order's refund confirmation.
  const pageHref = `/admin/orders${statusFilter || before ? `?${new URLSearchParams({ ...(statusFilter ? { status: statusFilter } : {}), ...(typeof beforeParam === "string" && before ? { before: beforeParam } : {}) })}` : ""}`;
  const personIds = await (await services()).people.idsByEmail(orders.flatMap((order) => (order.email ? [order.email] : [])));

  return (
    <>
      <h1 className="text-4xl">Orders</h1>
      <div className="mt-4 space-y-2" aria-live="polite">
        {typeof notice === "string" ? <Notice tone="success">{notice.slice(0, 300)}</Notice> : null}
        {typeof error === "string" ? <Notice tone="error">{error.slice(0, 300)}</Notice> : null}
      </div>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <label className="block font-semibold">
          Status
          <select name="status" defaultValue={typeof status === "string" ? status : ""} className="mt-1.5 block rounded-xl border border-line bg-surface px-4 py-2.5">
            <option value="">Any</option>
            {ORDER_STATUSES_FOR_FILTER.map((value) => (
              <option key={value} value={value}>
                {ORDER_STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="inline-flex min-h-11 items-center rounded-full bg-moss px-5 font-semibold text-on-moss">Show</button>
      </form>
      <AdminTable label="Orders" columns={["Date (UTC)", "Email", "Course", "Amount", "Status", "Action"]} minWidth="52rem" empty={orders.length === 0 ? <p className="p-4 text-ink-muted">No orders match.</p> : null}>
            {orders.map((order) => (
              <tr key={order.id} id={`order-${order.id}`} className="scroll-mt-24 border-b border-line/60 align-top last:border-0">
                <td className="px-4 py-3 whitespace-nowrap">{when.format(order.createdAt)}</td>
                <td className="px-4 py-3"><PersonLink email={order.email} ids={personIds} /></td>
                <td className="px-4 py-3">{order.courseTitle}</td>
                <td className="px-4 py-3 whitespace-nowrap">
                  {formatPrice(order.amountPaid ?? order.amount, order.currency)}
                  {order.plan === "instalments" ? <span className="block text-xs text-ink-muted">so far, of {order.instalmentCount} × {formatPrice(order.amount, order.currency)}</span> : null}
                  {order.amountTax ? <span className="block text-xs text-ink-muted">incl. tax {formatPrice(order.amountTax, order.currency)}</span> : null}
                  {order.provider === "local" ? <span className="block text-xs text-ink-muted">test payment</span> : null}
                </td>
                <td className="px-4 py-3">
                  <span className="font-semibold">{ORDER_STATUS_LABELS[order.status]}</span>
                  {order.note ? <span className="block text-ink-muted">{order.note}</span> : null}
                  {order.learnerRefundAskedAt && !order.learnerRefundDeclinedAt && (order.status === "paid" || order.status === "unpaid") ? (
                    <span className="mt-1 block font-semibold text-clay">
                      Refund requested {when.format(order.learnerRefundAskedAt)}
                      {order.learnerRefundReason ? <span className="block font-normal text-ink">“{order.learnerRefundReason}”</span> : null}
                    </span>
                  ) : null}
                  {order.learnerRefundDeclinedAt ? <span className="block text-ink-muted">Refund request declined {when.format(order.learnerRefundDeclinedAt)}</span> : null}
                </td>
                <td className="px-4 py-3">
                  {/* The confirmation is asked for one order at a time (?refund=id), so the list does not
                      carry a form per row: 50 of them were a third of the page. */}
                  {(order.status === "paid" || order.status === "unpaid") && refunding !== order.id ? (
                    <Link href={`${pageHref}${pageHref.includes("?") ? "&" : "?"}refund=${order.id}#order-${order.id}`} prefetch={false} className="inline-flex min-h-11 items-center font-semibold text-danger underline underline-offset-4">
                      Refund
                    </Link>
                  ) : null}
                  {(order.status === "paid" || order.status === "unpaid") && refunding === order.id ? (
                    <form action={refundOrder} className="space-y-2">
                      <input type="hidden" name="orderId" value={order.id} />
                      <p className="text-ink-muted">Refund {formatPrice(order.amountPaid ?? order.amount, order.currency)} in full and end access?</p>
                      <button type="submit" className="min-h-11 rounded-full bg-danger px-4 font-semibold text-white">Refund {order.email ?? "this order"}</button>
                      <Link href={`${pageHref}#order-${order.id}`} prefetch={false} className="inline-flex min-h-11 items-center text-ink-muted underline underline-offset-4">
                        Keep it
                      </Link>
                    </form>
                  ) : null}
                  {order.learnerRefundAskedAt && !order.learnerRefundDeclinedAt && (order.status === "paid" || order.status === "unpaid") ? (
                    <form action={declineRefundRequest} className="mt-2">
                      <input type="hidden" name="orderId" value={order.id} />
                      <button type="submit" className="min-h-11 rounded-full border border-line px-4 text-sm font-semibold hover:bg-sand">
                        Decline the request
                      </button>
                    </form>
                  ) : null}
                </td>
              </tr>
            ))}
          </AdminTable>
      <PageLinks
        label="Pages of orders"
        newer={before ? { href: statusFilter ? `/admin/orders?status=${encodeURIComponent(statusFilter)}` : "/admin/orders", text: "← Newest" } : null}
        older={olderHref ? { href: olderHref, text: "Older →" } : null}
      />
    </>
  );
}
