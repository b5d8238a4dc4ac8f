"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { services } from "@/lib/composition/web";
import { formAction, nobody, type FormState } from "@/lib/forms/action";

const schema = z.object({
  session: z.string().regex(/^cs_local_[0-9a-f]{24}$/, "This test checkout does not exist."),
  action: z.enum(["pay", "fail"]),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com.")),
});

/** Pay or Fail on the local test checkout: posts the signed event, then follows the buyer on. */
export const finishLocalCheckout = formAction({
  guard: nobody,
  schema,
  async run({ session, action, email }, { values }): Promise<FormState> {
    const checkout = (await services()).localCheckout;
    if (!checkout) return { values, message: "The test checkout is switched off on this site." };
    const result = await checkout.complete({ sessionId: session, action, email }, new Date());
    if (!result.ok) return { values, message: result.message };
    redirect(result.redirectTo);
  },
});
