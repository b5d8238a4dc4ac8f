import { redirect } from "next/navigation";
import { requireUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";

/**
 * The receipt's "Your invoice" link: a stable address on this site that sends the signed-in buyer
 * on to the provider's invoice page, which only exists a moment after the payment.
 */
export async function GET(_request: Request, { params }: RouteContext<"/account/invoices/[order]">) {
  const { order } = await params;
  const user = await requireUser(`/account/invoices/${order}`);
  const url = await (await services()).payments.invoiceUrl(user.id, order);
  if (!url) redirect("/account?invoice=pending#payments");
  redirect(url);
}
