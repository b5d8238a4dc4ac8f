"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { UncontrolledMarkdownField } from "@/app/_ui/markdown-field";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/forms/action";
import { saveWelcomeEmail } from "./actions";

export function WelcomeForm({ subject, body }: { subject: string; body: string }) {
  const [state, action] = useActionState<FormState, FormData>(saveWelcomeEmail, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <TextField name="subject" id="welcome-subject" label="Welcome subject" defaultValue={subject} error={errors.subject} required />
      <UncontrolledMarkdownField name="body" label="Welcome text" hint="Markdown. Sent right after someone confirms; the greeting and the leave link are added for you." defaultValue={body} error={errors.body} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving …">Save welcome email</SubmitButton>
        {state.savedAt && !state.errors ? <p role="status" className="font-semibold text-success">Saved. New readers get this version.</p> : null}
      </div>
    </form>
  );
}
