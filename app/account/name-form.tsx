"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { saveName, type NameFormState } from "./actions";

export function NameForm({ name }: { name: string | null }) {
  const [state, action] = useActionState<NameFormState, FormData>(saveName, {});
  return (
    <form action={action} className="space-y-4">
      <TextField name="name" label="Your name" hint="How the coach greets you. Optional." defaultValue={name ?? ""} autoComplete="name" error={state.error} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant="secondary" pendingLabel="Saving …">
          Save name
        </SubmitButton>
        {state.saved ? (
          <Notice tone="success" live>
            Saved.
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
