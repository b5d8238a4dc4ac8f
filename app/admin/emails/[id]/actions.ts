"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { getEmailService } from "@/lib/composition/web";

export interface RetryState {
  error?: string;
  done?: boolean;
}

export async function retryEmail(_previous: RetryState, formData: FormData): Promise<RetryState> {
  await requireAdmin();
  const id = z.uuid().safeParse(formData.get("id"));
  if (!id.success) return { error: "That message does not exist." };
  const retried = await (await getEmailService()).retryFailed(id.data);
  if (!retried) return { error: "Only a failed message can be retried; this one is not failed any more." };
  revalidatePath("/admin/emails");
  revalidatePath(`/admin/emails/${id.data}`);
  return { done: true };
}
