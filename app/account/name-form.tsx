"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { saveName } from "./actions";

export function NameForm({ name }: { name: string | null }) {
  const [state, action] = useActionState<FormState, FormData>(saveName, {});
  return (
    <form action={action} className="space-y-4">
      <TextField name="name" label="Your name" hint="How the coach greets you. Optional." defaultValue={state.values?.name ?? name ?? ""} autoComplete="name" error={state.errors?.name} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant="secondary" pendingLabel="Saving …">
          Save name
        </SubmitButton>
        {state.savedAt && !state.errors ? (
          <Notice tone="success" live>
            Saved.
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
