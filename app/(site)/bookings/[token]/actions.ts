"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hashToken } from "@/lib/booking/manage-token";
import { cancelRequestSchema, moveRequestSchema } from "@/lib/booking/schema";
import { getRateLimiter, services } from "@/lib/composition/web";
import { formAction, nobody, type FormState } from "@/lib/platform/forms/action";
import { requestClientKey } from "@/lib/platform/http/client-address";
import { retryAfterMessage } from "@/lib/platform/rate-limit/limits";

/**
 * Changes through the private link, which is the permission: whoever holds it may move or cancel
 * this one booking, a limited number of times per booking and per network.
 */
async function allowedToChange(token: string): Promise<string | null> {
  const limiter = getRateLimiter();
  const perBooking = await limiter.consume("bookingChangesPerBooking", hashToken(token));
  if (!perBooking.ok) return `This booking has been changed many times in a short while. ${retryAfterMessage(perBooking.retryAfterMs)}`;
  const perIp = await limiter.consume("bookingChangesPerIp", requestClientKey(await headers()));
  if (!perIp.ok) return `Too many changes from your network. ${retryAfterMessage(perIp.retryAfterMs)}`;
  return null;
}

export const cancelBooking = formAction({
  guard: nobody,
  schema: cancelRequestSchema,
  async run({ token, reason }, { values }): Promise<FormState> {
    const refused = await allowedToChange(token);
    if (refused) return { values, message: refused };
    const result = await (await services()).booking.cancelByVisitor(token, reason);
    if (!result.ok) return { values, message: result.message };
    // A new page, read from the top: the visitor sees at once that it is cancelled.
    redirect(`/bookings/${token}?cancelled=1`);
  },
});

export const moveBooking = formAction({
  guard: nobody,
  schema: moveRequestSchema,
  async run({ token, start }, { values }): Promise<FormState> {
    const refused = await allowedToChange(token);
    if (refused) return { values, message: refused };
    const result = await (await services()).booking.move(token, start);
    if (!result.ok) return { values, message: result.message };
    redirect(`/bookings/${token}?moved=1`);
  },
});
