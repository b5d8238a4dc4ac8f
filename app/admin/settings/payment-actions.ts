"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { formAction, type FormState } from "@/lib/platform/forms/action";

/** Tax and invoices: three switches, read as booleans whatever the browser sends for "off". */
export const updatePaymentSettings = formAction({
  guard: requireAdmin,
  schema: z.object({ collectTax: z.boolean(), pricesIncludeTax: z.boolean(), issueInvoices: z.boolean() }),
  read: (form) => ({ collectTax: form.get("collectTax") === "on", pricesIncludeTax: form.get("taxBehaviour") !== "exclusive", issueInvoices: form.get("issueInvoices") === "on" }),
  async run(input): Promise<FormState> {
    const result = await (await services()).orders.savePaymentSettings(input);
    if (!result.ok) return { message: result.error };
    revalidatePath("/admin/settings");
    return { savedAt: new Date().toISOString() };
  },
});
