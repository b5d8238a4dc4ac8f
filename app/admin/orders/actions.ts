"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { commandAction } from "@/lib/platform/forms/action";

export const refundOrder = commandAction({
  guard: requireAdmin,
  schema: z.object({ orderId: z.uuid() }),
  async run({ orderId }) {
    const result = await (await services()).orders.refund(orderId);
    redirect(`/admin/orders?${new URLSearchParams(result.ok ? { notice: result.message } : { error: result.error })}`);
  },
});

/** A learner's refund request answered with a no; the coach writes to them herself. */
export const declineRefundRequest = commandAction({
  guard: requireAdmin,
  schema: z.object({ orderId: z.uuid() }),
  async run({ orderId }) {
    const declined = await (await services()).orders.declineRefundRequest(orderId);
    redirect(`/admin/orders?${new URLSearchParams(declined ? { notice: "Request declined. Write to them to explain; their account says you have answered." } : { error: "That request is already answered." })}`);
  },
});
