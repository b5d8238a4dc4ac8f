"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { checkIntakeAnswers } from "@/lib/booking/intake";
import { bookingRequestSchema, idempotencyKeySchema } from "@/lib/booking/schema";
import { getRateLimiter, services } from "@/lib/composition/web";
import { formAction, formValues, nobody, type FormState } from "@/lib/platform/forms/action";
import { requestClientKey } from "@/lib/platform/http/client-address";
import { retryAfterMessage } from "@/lib/platform/rate-limit/limits";

export interface BookingFormState extends FormState {
  /** Fresh free times when the chosen one was just taken (ISO strings). */
  freshSlots?: { start: string; end: string }[];
  /** The address's owner was emailed about the consultation they already have. */
  emailedAboutExisting?: boolean;
}

/** The form's answers arrive as `answer:<question id>`; the schema reads them as one record. */
function readBooking(form: FormData) {
  const values = formValues(form);
  const answers = Object.fromEntries(Object.entries(values).filter(([key]) => key.startsWith("answer:")).map(([key, value]) => [key.slice("answer:".length), value]));
  return { start: values.start, name: values.name, email: values.email, timezone: values.timezone, answers, consent: values.consent === "yes", hourCycle: values.hourCycle, wordsLocale: values.wordsLocale };
}

/** Field errors as the form names its fields: an answer's is `answer:<id>`. */
const asFormFields = (errors: Record<string, string>) => Object.fromEntries(Object.entries(errors).map(([key, message]) => [key.replace(/^answers\./, "answer:"), message]));

const book = formAction({
  guard: nobody,
  schema: bookingRequestSchema,
  read: readBooking,
  async run(request, { values }): Promise<BookingFormState> {
    const key = idempotencyKeySchema.safeParse(values.idempotencyKey);
    if (!key.success) return { values, message: "This form is out of date. Reload the page and try again." };
    const limit = await getRateLimiter().consume("bookingPerIp", requestClientKey(await headers()));
    if (!limit.ok) return { values, message: `Too many booking attempts from your network. ${retryAfterMessage(limit.retryAfterMs)}` };
    const result = await (await services()).booking.book(request, key.data);
    if (result.ok) redirect(`/bookings/${result.manageToken}?booked=1`);
    switch (result.reason) {
      case "invalid":
        return { values, message: result.message, errors: asFormFields(Object.fromEntries(Object.entries(result.errors ?? {}).map(([id, message]) => [`answers.${id}`, message]))) };
      case "taken":
        return { values, message: result.message, freshSlots: result.slots.slice(0, 12).map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })) };
      case "already-booked":
        return { values, message: result.message, emailedAboutExisting: true };
      default:
        return { values, message: result.message };
    }
  },
});

export async function bookConsultation(previous: BookingFormState, form: FormData): Promise<BookingFormState> {
  // Bots fill every field; people never see this one.
  if (String(form.get("website") ?? "") !== "") redirect("/consultation");
  const state: BookingFormState = await book(previous, form);
  if (!state.errors) return state;
  // Every problem at once: the coach's own questions are checked here too, not only after the rest is right.
  const questions = await (await services()).booking.intakeQuestions().catch(() => []);
  const intake = checkIntakeAnswers(questions, readBooking(form).answers);
  const intakeErrors = intake.ok ? {} : Object.fromEntries(Object.entries(intake.errors).map(([id, message]) => [`answer:${id}`, message]));
  return { ...state, errors: { ...intakeErrors, ...asFormFields(state.errors) } };
}
