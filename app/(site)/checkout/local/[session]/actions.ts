"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { currentUser } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { CHECKOUT_BINDING_COOKIE } from "@/lib/payments/checkout/browser-binding";
import { formAction, nobody, type FormState } from "@/lib/platform/forms/action";

const schema = z.object({
  session: z.string().regex(/^cs_local_[0-9a-f]{24}$/, "This test checkout does not exist."),
  action: z.enum(["pay", "fail"]),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com.")),
  // Only asked for with Stripe Tax on, as Stripe's own page does.
  country: z.string().regex(/^([A-Z]{2})?$/, "Choose a country from the list.").default(""),
  promotionCode: z.string().trim().max(40, "A promotion code is at most 40 characters.").default(""),
  taxId: z.string().trim().max(40, "A tax ID is at most 40 characters.").regex(/^[A-Za-z0-9 .-]*$/, "A tax ID has letters, digits, spaces, dots and dashes only.").default(""),
});

/** Pay or Fail on the local test checkout: posts the signed event, then follows the buyer on. */
export const finishLocalCheckout = formAction({
  // guard: nobody — the checkout's own browser binding (its httpOnly cookie) is the proof, checked by the service.
  guard: nobody,
  schema,
  async run({ session, action, email, country, taxId, promotionCode }, { values }): Promise<FormState> {
    const checkout = (await services()).localCheckout;
    if (!checkout) return { values, message: "The test checkout is switched off on this site." };
    const browserBinding = (await cookies()).get(CHECKOUT_BINDING_COOKIE)?.value ?? null;
    const result = await checkout.complete({ sessionId: session, action, email, country: country || null, taxId: taxId || null, promotionCode: promotionCode || null, browserBinding }, new Date());
    if (!result.ok) return { values, message: result.message };
    redirect(result.redirectTo);
  },
});

/**
 * What Stripe's billing would do next month, on demand (test payments only): collect the next
 * instalment, decline it, decline the last retry, or pay the open one.
 */
export const runTestBilling = formAction({
  // guard: owner — the service lets only the plan's signed-in buyer run it, or, for paying the open
  // invoice, whoever holds that invoice's address (mayRunTestBilling).
  guard: currentUser,
  schema: z.object({
    order: z.uuid("This test plan does not exist."),
    invoice: z.string().regex(/^in_local_[0-9a-f]{24}$/, "This invoice does not exist.").optional(),
    step: z.enum(["pay-next", "decline", "decline-final", "pay-open", "stop"]),
    back: z.string().regex(/^\/checkout\/local\/((invoices|portal)\/)?[A-Za-z0-9_-]+$/, "Unknown page.").default("/account"),
  }),
  async run({ order, invoice, step, back }, { user }): Promise<FormState> {
    const checkout = (await services()).localCheckout;
    if (!checkout) return { message: "The test checkout is switched off on this site." };
    const result = await checkout.billing({ orderId: order, step, actorUserId: user?.id ?? null, invoiceId: invoice ?? null }, new Date());
    if (!result.ok) return { message: result.message };
    redirect(`${back}?done=${encodeURIComponent(step)}`);
  },
});
