"use client";

import { useActionState } from "react";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { confirmErasure, requestErasure } from "./actions";

export function RequestErasureForm({ email }: { email: string }) {
  const [state, action] = useActionState<FormState, FormData>(requestErasure, {});
  return (
    <form action={action} className="space-y-3">
      {state.savedAt && !state.errors ? (
        <Notice tone="success" live>
          We sent a link to {email}. Open it within an hour to confirm; nothing is erased until you do.
        </Notice>
      ) : (
        <SubmitButton variant="danger" pendingLabel="Sending …">
          Erase my data …
        </SubmitButton>
      )}
      {state.message ? <Notice tone="error" live>{state.message}</Notice> : null}
    </form>
  );
}

export function ConfirmErasureForm({ token }: { token: string }) {
  const [state, action] = useActionState<FormState, FormData>(confirmErasure, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="token" value={token} />
      {state.errors?.form ? <Notice tone="error" live>{state.errors.form}</Notice> : null}
      {state.message ? <Notice tone="error" live>{state.message}</Notice> : null}
      <SubmitButton variant="danger" pendingLabel="Erasing …">
        Yes, erase everything
      </SubmitButton>
    </form>
  );
}
