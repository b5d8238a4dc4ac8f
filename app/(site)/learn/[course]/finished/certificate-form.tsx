"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/forms/action";
import { issueCertificate } from "./certificate-actions";

export function CertificateForm({ course, suggestedName }: { course: string; suggestedName: string }) {
  const [state, action] = useActionState<FormState, FormData>(issueCertificate, {});
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="course" value={course} />
      <TextField
        name="name"
        label="Your name, as it should appear"
        hint="It is printed on the certificate and shown on its public page; it cannot be changed afterwards."
        defaultValue={state.values?.name ?? suggestedName}
        error={state.errors?.name}
        autoComplete="name"
        required
      />
      <SubmitButton pendingLabel="Creating …">Create my certificate</SubmitButton>
    </form>
  );
}
