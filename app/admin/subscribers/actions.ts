"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { commandAction } from "@/lib/platform/forms/action";

/** The coach lifts a suppression: the reader fixed their mailbox, or the complaint was a slip. */
export const liftSuppression = commandAction({
  guard: requireAdmin,
  schema: z.object({ address: z.email().max(320), back: z.string().regex(/^\/admin\/people\/[0-9a-f-]{36}$/).optional() }),
  async run({ address, back }) {
    await (await services()).deliveryEvents?.lift(address);
    revalidatePath("/admin/subscribers");
    // Lifted from a person's page: that page shows it at once.
    if (back) revalidatePath(back);
  },
});
