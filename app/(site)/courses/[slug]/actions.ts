"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@/app/_auth/guards";
import { getRateLimiter, services } from "@/lib/composition/web";
import { env } from "@/lib/platform/env";
import { formAction, nobody, type FormState } from "@/lib/platform/forms/action";
import { requestClientKey } from "@/lib/platform/http/client-address";
import { bindingCookie } from "@/lib/payments/checkout/browser-binding";
import { retryAfterMessage } from "@/lib/platform/rate-limit/limits";
import { slugSchema } from "@/lib/routines/schema";

/** Buy: parse, limit, hand over to the checkout service, go where it says. */
export const buyCourse = formAction({
  guard: nobody,
  // email: only a prefill for the payment page (Try again after a failed payment); the address the
  // buyer confirms there is the one that counts.
  schema: z.object({ course: slugSchema, plan: z.enum(["full", "instalments"]).default("full"), email: z.email().max(254).optional().catch(undefined) }),
  async run({ course, plan, email }): Promise<FormState> {
    const limit = await getRateLimiter().consume("checkoutPerIp", requestClientKey(await headers()));
    if (!limit.ok) return { message: `Too many checkouts were started from your network. ${retryAfterMessage(limit.retryAfterMs)}` };
    const checkout = (await services()).checkout;
    if (!checkout) return { message: "Payments are not set up on this site yet. Please write to the coach." };
    const user = await currentUser();
    const result = await checkout.startCheckout({ courseSlug: course, user: user ? { id: user.id, email: user.email } : null, plan, prefillEmail: email ?? null });
    if (result.kind === "error") return { message: result.message };
    if (result.kind === "enrolled") redirect(result.href);
    (await cookies()).set(bindingCookie(result.browserBinding, env().APP_URL));
    redirect(result.url);
  },
});
