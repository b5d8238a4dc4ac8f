"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { requestMagicLink } from "./actions";

export function SignInForm({ next }: { next?: string }) {
  const [state, action] = useActionState<FormState, FormData>(requestMagicLink, {});
  return (
    <form action={action} className="mt-8 space-y-5" noValidate>
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <TextField
        name="email"
        label="Your email address"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        defaultValue={state.values?.email ?? ""}
        error={state.errors?.email}
      />
      {state.message ? (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      ) : null}
      <SubmitButton pendingLabel="Sending your link …" className="w-full sm:w-auto">
        Email me a sign-in link
      </SubmitButton>
    </form>
  );
}
