"use client";

import { useActionState, useEffect, useRef } from "react";
import { TextArea, TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { addPersonNote, erasePersonByCoach } from "../actions";

export function NoteForm({ personId }: { personId: string }) {
  const [state, action] = useActionState<FormState, FormData>(addPersonNote, {});
  const form = useRef<HTMLFormElement>(null);
  // A saved note appears on the timeline; the box empties for the next one.
  useEffect(() => {
    if (state.savedAt && !state.errors) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} className="space-y-3">
      <input type="hidden" name="personId" value={personId} />
      <TextArea name="body" label="What to remember" rows={4} defaultValue={state.values?.body ?? ""} error={state.errors?.body} maxLength={5000} required />
      {state.errors?.form ? <Notice tone="error" live>{state.errors.form}</Notice> : null}
      {state.message ? <Notice tone="error" live>{state.message}</Notice> : null}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton variant="secondary" pendingLabel="Adding …">
          Add note
        </SubmitButton>
        {state.savedAt && !state.errors ? (
          <Notice tone="success" live>
            Added to the timeline.
          </Notice>
        ) : null}
      </div>
    </form>
  );
}

export function EraseForm({ personId, email }: { personId: string; email: string }) {
  const [state, action] = useActionState<FormState, FormData>(erasePersonByCoach, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="personId" value={personId} />
      <TextField
        name="confirm"
        label="Type their address to confirm"
        hint={email}
        defaultValue={state.values?.confirm ?? ""}
        error={state.errors?.confirm}
        autoComplete="off"
        spellCheck={false}
        inputMode="email"
      />
      {state.errors?.form ? <Notice tone="error" live>{state.errors.form}</Notice> : null}
      {state.message ? <Notice tone="error" live>{state.message}</Notice> : null}
      <SubmitButton variant="danger" pendingLabel="Erasing …">
        Erase everything about them
      </SubmitButton>
    </form>
  );
}
