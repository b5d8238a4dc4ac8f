"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { completeLocalCheckout } from "@/lib/payments/local-provider";
import { localPaymentConfig } from "@/lib/composition/web";

export type LocalCheckoutState = { error?: string; fieldError?: string };

const schema = z.object({
  session: z.string().regex(/^cs_local_[0-9a-f]{24}$/, "This test checkout does not exist."),
  action: z.enum(["pay", "fail"]),
  email: z.string().trim().toLowerCase().pipe(z.email("Enter an email address like name@example.com.")),
});

/** Pay or Fail on the local test checkout: posts the signed event, then follows the buyer on. */
export async function finishLocalCheckout(_previous: LocalCheckoutState, formData: FormData): Promise<LocalCheckoutState> {
  const config = localPaymentConfig();
  if (!config) return { error: "The test checkout is switched off on this site." };
  const parsed = schema.safeParse({ session: formData.get("session"), action: formData.get("action"), email: formData.get("email") });
  if (!parsed.success) {
    const emailIssue = parsed.error.issues.find((issue) => issue.path[0] === "email");
    return emailIssue ? { fieldError: emailIssue.message } : { error: parsed.error.issues[0]!.message };
  }
  const result = await completeLocalCheckout(getDb(), config, { sessionId: parsed.data.session, action: parsed.data.action, email: parsed.data.email }, new Date());
  if (!result.ok) return { error: result.message };
  redirect(result.redirectTo);
}
