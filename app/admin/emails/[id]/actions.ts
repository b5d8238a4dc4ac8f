"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { formAction, type FormState } from "@/lib/platform/forms/action";

export const retryEmail = formAction({
  guard: requireAdmin,
  schema: z.object({ id: z.uuid({ error: "That message does not exist." }) }),
  async run({ id }): Promise<FormState> {
    const retried = await (await services()).email.retryFailed(id);
    if (!retried) return { message: "Only a failed message can be retried; this one is not failed any more." };
    revalidatePath("/admin/emails");
    revalidatePath(`/admin/emails/${id}`);
    return { savedAt: new Date().toISOString() };
  },
});
