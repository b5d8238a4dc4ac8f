"use client";

import { useActionState } from "react";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { retryEmail } from "./actions";

export function RetryForm({ id }: { id: string }) {
  const [state, action] = useActionState<FormState, FormData>(retryEmail, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-4">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel="Queueing …">Retry sending</SubmitButton>
      {state.savedAt ? <Notice tone="success" live>Queued again. It will go out in a moment.</Notice> : null}
      {state.message ?? state.errors?.id ? <Notice tone="error" live>{state.message ?? state.errors?.id}</Notice> : null}
    </form>
  );
}
