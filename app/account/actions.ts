"use server";

import { revalidatePath } from "next/cache";
import { signOut } from "@/auth";
import { accountNameSchema } from "@/lib/account/schema";
import { requireUser } from "@/lib/auth/guards";
import { services } from "@/lib/composition/web";
import { formAction, type FormState } from "@/lib/forms/action";

export const saveName = formAction({
  guard: () => requireUser("/account"),
  schema: accountNameSchema,
  async run({ name }, { user, values }): Promise<FormState> {
    await (await services()).account.rename(user.id, name);
    revalidatePath("/account");
    return { values, savedAt: new Date().toISOString() };
  },
});

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
