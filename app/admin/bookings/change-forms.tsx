"use client";

import { useActionState } from "react";
import { SelectField, TextArea } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { askToReschedule, moveAsCoach } from "./actions";

export interface TimeChoices {
  day: string;
  times: { value: string; label: string }[];
}

function Outcome({ state, done }: { state: FormState; done: string }) {
  if (state.errors) return <Notice tone="error" live>{state.errors.form ?? "See the marked fields."}</Notice>;
  if (state.savedAt) return <Notice tone="success" live>{done}</Notice>;
  return null;
}

/** Moves a booking to any free time (minimum notice does not bind the coach), with a note for the visitor. */
export function CoachMoveForm({ bookingId, name, choices }: { bookingId: string; name: string; choices: TimeChoices[] }) {
  const [state, action] = useActionState<FormState, FormData>(moveAsCoach, {});
  const errors = state.errors ?? {};
  if (choices.length === 0) return <p className="text-sm text-ink-muted">No free times in the next three weeks.</p>;
  return (
    <form action={action} className="mt-3 max-w-xl space-y-3" noValidate>
      <input type="hidden" name="id" value={bookingId} />
      <SelectField id={`move-${bookingId}`} name="start" label="New time (your zone)" defaultValue={state.values?.start ?? ""} error={errors.start}>
        <option value="" disabled>Choose a free time …</option>
        {choices.map((group) => (
          <optgroup key={group.day} label={group.day}>
            {group.times.map((time) => (
              <option key={time.value} value={time.value}>{group.day}, {time.label}</option>
            ))}
          </optgroup>
        ))}
      </SelectField>
      <TextArea id={`move-message-${bookingId}`} name="message" label={`A note to ${name} (optional)`} rows={2} defaultValue={state.values?.message ?? ""} error={errors.message} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="secondary" pendingLabel="Moving …">Move and send the new invite</SubmitButton>
        {/* A move lands on the booking's new week (see moveAsCoach); only a refusal shows here. */}
        {state.errors ? <Notice tone="error" live>{state.errors.form ?? "See the marked fields."}</Notice> : null}
      </div>
    </form>
  );
}

/** Asks the visitor to choose another time themselves, from their own link. */
export function AskToRescheduleForm({ bookingId, name }: { bookingId: string; name: string }) {
  const [state, action] = useActionState<FormState, FormData>(askToReschedule, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="mt-3 max-w-xl space-y-3" noValidate>
      <input type="hidden" name="id" value={bookingId} />
      <TextArea id={`ask-message-${bookingId}`} name="message" label={`Your request to ${name}`} rows={2} placeholder="Could we find another time? Something came up that morning." defaultValue={state.values?.message ?? ""} error={errors.message} />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="secondary" pendingLabel="Sending …">Send the link to choose a new time</SubmitButton>
        <Outcome state={state} done={`Sent. The call stays booked until ${name} chooses.`} />
      </div>
    </form>
  );
}
