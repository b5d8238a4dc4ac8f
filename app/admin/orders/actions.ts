"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { services } from "@/lib/composition/web";
import { commandAction } from "@/lib/forms/action";

export const refundOrder = commandAction({
  guard: requireAdmin,
  schema: z.object({ orderId: z.uuid() }),
  async run({ orderId }) {
    const result = await (await services()).orders.refund(orderId);
    redirect(`/admin/orders?${new URLSearchParams(result.ok ? { notice: result.message } : { error: result.error })}`);
  },
});
