"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { issueCertificate } from "./certificate-actions";

export function CertificateForm({ course, suggestedName, correcting = false }: { course: string; suggestedName: string; correcting?: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(issueCertificate, {});
  return (
    <form action={action} className="mt-4 space-y-4" noValidate>
      <input type="hidden" name="course" value={course} />
      <TextField
        name="name"
        label={correcting ? "Correct the name" : "Your name, as it should appear"}
        hint="It is printed on the certificate and shown on its public page. You can correct it until you download the certificate or someone opens its page."
        defaultValue={state.values?.name ?? suggestedName}
        error={state.errors?.name}
        autoComplete="name"
        required
      />
      {state.savedAt && correcting ? <p role="status" className="text-moss-strong">Saved.</p> : null}
      <SubmitButton pendingLabel={correcting ? "Saving …" : "Creating …"} variant={correcting ? "secondary" : undefined}>
        {correcting ? "Save the name" : "Create my certificate"}
      </SubmitButton>
    </form>
  );
}
