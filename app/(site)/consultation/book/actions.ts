"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/auth/sign-in";
import { bookingRequestSchema } from "@/lib/booking/schema";
import { retryAfterMessage } from "@/lib/rate-limit/limits";
import { getBookingService, getRateLimiter } from "@/lib/runtime";

export interface BookingFormState {
  values?: Record<string, string>;
  errors?: Record<string, string>;
  message?: string;
  /** Fresh free times when the chosen one was just taken (ISO strings). */
  freshSlots?: string[];
}

export async function bookConsultation(_previous: BookingFormState, formData: FormData): Promise<BookingFormState> {
  // Bots fill every field; people never see this one.
  if (String(formData.get("website") ?? "") !== "") redirect("/consultation");

  const answers: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("answer:") && typeof value === "string") answers[key.slice("answer:".length)] = value;
  }
  const values = Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")) as Record<string, string>;
  const parsed = bookingRequestSchema.safeParse({
    start: formData.get("start"),
    name: formData.get("name"),
    email: formData.get("email"),
    timezone: formData.get("timezone"),
    answers,
    consent: formData.get("consent") === "yes",
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { values, errors };
  }
  const limit = await getRateLimiter().consume("bookingPerIp", clientIp(await headers()));
  if (!limit.ok) return { values, message: `Too many booking attempts from your network. ${retryAfterMessage(limit.retryAfterMs)}` };
  const idempotencyKey = String(formData.get("idempotencyKey") ?? "").slice(0, 100) || null;
  const result = await (await getBookingService()).book(parsed.data, idempotencyKey);
  if (result.ok) redirect(`/bookings/${result.manageToken}?booked=1`);
  if (result.reason === "invalid") {
    return { values, message: result.message, errors: Object.fromEntries(Object.entries(result.errors ?? {}).map(([id, message]) => [`answer:${id}`, message])) };
  }
  return { values, message: result.message, freshSlots: result.reason === "taken" ? result.slots.slice(0, 12).map((slot) => slot.start.toISOString()) : undefined };
}
