"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { cookies } from "next/headers";
import { signOut } from "@/auth";
import { headerHintCookie } from "@/lib/auth/header-hint";
import { env } from "@/lib/platform/env";
import { accountNameSchema } from "@/lib/account/schema";
import { refundRequestSchema } from "@/lib/payments/reversals/refund-window";
import { requireUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { commandAction, formAction, nobody, type FormState } from "@/lib/platform/forms/action";

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
  // The home page it lands on must not still show "Account" (lib/auth/header-hint.ts).
  (await cookies()).set(headerHintCookie(null, env().APP_URL));
  await signOut({ redirectTo: "/" });
}

/** Step one of erasure: a link to the signed-in person's mailbox proves it is them. */
export const requestErasure = formAction({
  guard: () => requireUser("/account"),
  schema: z.object({}),
  async run(_input, { user }): Promise<FormState> {
    await (await services()).privacy.requestErasure(user.email);
    return { savedAt: new Date().toISOString() };
  },
});

/** Step two, on the page the link opened: the token is the permission, no session needed. */
export const confirmErasure = formAction({
  guard: nobody,
  schema: z.object({ token: z.string().min(1).max(1000) }),
  async run({ token }, { values }): Promise<FormState> {
    const outcome = await (await services()).privacy.confirmErasure(token);
    if (!outcome.ok) return { values, errors: { form: outcome.error } };
    redirect("/account/erase/done");
  },
});

/** The 14-day refund the sales page promises: recorded, and the coach told; she refunds it. */
export const askForRefund = formAction({
  guard: () => requireUser("/account"),
  schema: refundRequestSchema,
  async run({ orderId, reason }, { user, values }): Promise<FormState> {
    const result = await (await services()).payments.askForRefund(user.id, orderId, reason);
    if (!result.ok) return { values, message: result.error };
    revalidatePath("/account");
    return { savedAt: new Date().toISOString() };
  },
});

/** To the provider's page for the plan's card and cancellation (Stripe's customer portal, or its local stand-in). */
export const managePlan = commandAction({
  guard: () => requireUser("/account"),
  schema: z.object({ orderId: z.uuid() }),
  async run({ orderId }, { user }) {
    const url = await (await services()).payments.planPortalUrl(user.id, orderId);
    redirect(url ?? "/account?plan=unavailable#payments");
  },
});
