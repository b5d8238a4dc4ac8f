"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { UncontrolledMarkdownField } from "@/app/_ui/markdown-field";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { addFollowUp, saveWelcomeEmail } from "./actions";

export function FollowUpForm() {
  const [state, action] = useActionState<FormState, FormData>(addFollowUp, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <div className="grid gap-5 sm:grid-cols-[10rem_1fr]">
        <TextField name="delayDays" id="follow-up-days" label="Days after confirming" inputMode="numeric" defaultValue={state.errors ? state.values?.delayDays : "3"} error={errors.delayDays} />
        <TextField name="subject" id="follow-up-subject" label="Subject" defaultValue={state.errors ? state.values?.subject : ""} error={errors.subject} />
      </div>
      <UncontrolledMarkdownField key={state.savedAt ?? "new"} name="body" label="Text" hint="Markdown, like a letter. The greeting and the leave link are added for you." defaultValue={state.errors ? (state.values?.body ?? "") : ""} error={errors.body} breaks />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant="secondary" pendingLabel="Adding …">Add to the sequence</SubmitButton>
        {state.savedAt && !state.errors ? <p role="status" className="font-semibold text-success">Added. Readers who confirm from now on get it.</p> : null}
        {state.errors ? <p role="alert" className="font-semibold text-danger">Nothing was added. See the marked fields.</p> : null}
      </div>
    </form>
  );
}

export function WelcomeForm({ subject, body }: { subject: string; body: string }) {
  const [state, action] = useActionState<FormState, FormData>(saveWelcomeEmail, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <TextField name="subject" id="welcome-subject" label="Welcome subject" defaultValue={subject} error={errors.subject} required />
      <UncontrolledMarkdownField name="body" label="Welcome text" hint="Markdown. Sent right after someone confirms; the greeting and the leave link are added for you." defaultValue={body} error={errors.body} breaks />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving …">Save welcome email</SubmitButton>
        {state.savedAt && !state.errors ? <p role="status" className="font-semibold text-success">Saved. New readers get this version.</p> : null}
      </div>
    </form>
  );
}
