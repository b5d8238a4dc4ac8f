"use server";

import { revalidatePath } from "next/cache";
import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { updateUserName } from "@/lib/account/queries";
import { accountNameSchema } from "@/lib/account/schema";
import { requireUser } from "@/lib/auth/guards";

export interface NameFormState {
  error?: string;
  saved?: boolean;
}

export async function saveName(_previous: NameFormState, formData: FormData): Promise<NameFormState> {
  const user = await requireUser();
  const parsed = accountNameSchema.safeParse({ name: formData.get("name") ?? "" });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message };
  await updateUserName(getDb(), user.id, parsed.data.name);
  revalidatePath("/account");
  return { saved: true };
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
