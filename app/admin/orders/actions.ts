"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { getOrderAdminService } from "@/lib/composition/web";

export async function refundOrder(formData: FormData) {
  await requireAdmin();
  const orderId = z.uuid().safeParse(formData.get("orderId"));
  const result = orderId.success ? await (await getOrderAdminService()).refund(orderId.data) : { ok: false as const, error: "That order does not exist." };
  redirect(`/admin/orders?${new URLSearchParams(result.ok ? { notice: result.message } : { error: result.error })}`);
}
