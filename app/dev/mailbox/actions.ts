"use server";

import { revalidatePath } from "next/cache";
import { notFound } from "next/navigation";
import { z } from "zod";
import { services } from "@/lib/composition/web";
import { devToolsEnabled, env, resendWebhookSecret } from "@/lib/platform/env";
import { commandAction } from "@/lib/platform/forms/action";
import { SIMULATED_EVENTS, signedDeliveryEvent, type SimulatedEvent } from "@/lib/email/simulated-events";

/**
 * Development and e2e only: the provider reports a delivery, a delay, a bounce or a complaint for
 * one message. The event is signed and posted to our own /api/resend/webhook, as Resend would.
 */
export const simulateDeliveryEvent = commandAction({
  guard: async () => {
    if (!devToolsEnabled()) notFound();
  },
  schema: z.object({ id: z.uuid(), event: z.enum(Object.keys(SIMULATED_EVENTS) as [SimulatedEvent, ...SimulatedEvent[]]) }),
  async run({ id, event }) {
    const message = await (await services()).email.message(id);
    const secret = resendWebhookSecret();
    if (!message?.providerMessageId || !secret) return;
    const signed = signedDeliveryEvent(secret, event, { providerMessageId: message.providerMessageId, to: message.toAddress, from: message.fromAddress, subject: message.subject });
    const answer = await fetch(new URL("/api/resend/webhook", env().APP_URL), { method: "POST", headers: signed.headers, body: signed.body });
    if (!answer.ok) throw new Error(`The webhook refused the simulated event: ${answer.status} ${await answer.text()}`);
    revalidatePath("/dev/mailbox");
  },
});
