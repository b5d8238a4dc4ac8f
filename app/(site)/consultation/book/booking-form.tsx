"use client";

import Link from "next/link";
import { useActionState } from "react";
import { SelectField, TextArea, TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { HourCycle } from "@/lib/booking/clock";
import { formatSlot } from "@/lib/booking/slot-format";
import { bookConsultation, type BookingFormState } from "./actions";

interface Question {
  id: string;
  label: string;
  kind: "short_text" | "long_text" | "single_choice";
  options: string[];
  required: boolean;
}

export function BookingForm({
  start,
  timeZone,
  words,
  hourCycle,
  questions,
  idempotencyKey,
}: {
  start: string;
  timeZone: string;
  /** How times read here: the page's English and the visitor's clock (lib/booking/clock.ts). */
  words: string;
  hourCycle: HourCycle;
  questions: Question[];
  idempotencyKey: string;
}) {
  const [state, action] = useActionState<BookingFormState, FormData>(bookConsultation, {});
  const values = state.values ?? {};
  const errors = state.errors ?? {};
  return (
    <form action={action} className="mt-8 space-y-6" noValidate>
      <input type="hidden" name="start" value={start} />
      <input type="hidden" name="timezone" value={timeZone} />
      <input type="hidden" name="hourCycle" value={hourCycle} />
      <input type="hidden" name="wordsLocale" value={words} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <div aria-hidden="true" className="absolute -left-[9999px]">
        <label>
          Leave this empty
          <input type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      {state.message ? (
        <Notice tone="error" live>
          {state.message}
          {state.freshSlots?.length ? (
            <ul className="mt-3 flex flex-wrap gap-2" aria-label="Times still free">
              {state.freshSlots.map((slot) => (
                <li key={slot.start}>
                  <Link href={`/consultation/book?start=${encodeURIComponent(slot.start)}&tz=${encodeURIComponent(timeZone)}&clock=${hourCycle}`} className="inline-flex min-h-11 items-center rounded-full border border-moss/60 px-3 text-sm font-semibold">
                    {formatSlot(new Date(slot.start), new Date(slot.end), timeZone, words, hourCycle)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ) : null}
      <TextField name="name" label="Your name" autoComplete="name" defaultValue={values.name} error={errors.name} required />
      <TextField name="email" label="Your email" type="email" autoComplete="email" inputMode="email" defaultValue={values.email} error={errors.email} hint="The confirmation and calendar invite go here." required />
      {questions.map((question) =>
        question.kind === "single_choice" ? (
          <SelectField key={question.id} id={`q-${question.id}`} name={`answer:${question.id}`} label={`${question.label}${question.required ? "" : " (optional)"}`} defaultValue={values[`answer:${question.id}`] ?? ""} error={errors[`answer:${question.id}`]}>
            <option value="">Choose …</option>
            {question.options.map((option) => (
              <option key={option} value={option}>{option}</option>
            ))}
          </SelectField>
        ) : question.kind === "long_text" ? (
          <TextArea key={question.id} id={`q-${question.id}`} name={`answer:${question.id}`} label={`${question.label}${question.required ? "" : " (optional)"}`} defaultValue={values[`answer:${question.id}`]} error={errors[`answer:${question.id}`]} rows={4} />
        ) : (
          <TextField key={question.id} id={`q-${question.id}`} name={`answer:${question.id}`} label={`${question.label}${question.required ? "" : " (optional)"}`} defaultValue={values[`answer:${question.id}`]} error={errors[`answer:${question.id}`]} />
        ),
      )}
      <div>
        {/* The whole label is the tap target (at least 44 px high), not only the 20 px box. Keyed on the
            answer for the same reason as SelectField: a form reset after an error must not untick it. */}
        <label className="-mx-2 flex min-h-11 cursor-pointer items-start gap-3 rounded-xl px-2 py-2.5 hover:bg-sand/60">
          <input key={values.consent ?? "no"} type="checkbox" name="consent" value="yes" defaultChecked={values.consent === "yes"} className="mt-0.5 size-5 shrink-0" aria-invalid={errors.consent ? true : undefined} aria-describedby={errors.consent ? "consent-error" : undefined} />
          <span>I agree that my name, email and answers are kept to hold this booking and to email me about it.</span>
        </label>
        {errors.consent ? <p id="consent-error" className="mt-1.5 text-sm font-semibold text-danger">⚠ {errors.consent}</p> : null}
      </div>
      <SubmitButton pendingLabel="Booking …" className="w-full sm:w-auto">Book this time</SubmitButton>
    </form>
  );
}
