"use client";

import { useActionState } from "react";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { retryEmail, type RetryState } from "./actions";

export function RetryForm({ id }: { id: string }) {
  const [state, action] = useActionState<RetryState, FormData>(retryEmail, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-4">
      <input type="hidden" name="id" value={id} />
      <SubmitButton pendingLabel="Queueing …">Retry sending</SubmitButton>
      {state.done ? <Notice tone="success" live>Queued again. It will go out in a moment.</Notice> : null}
      {state.error ? <Notice tone="error" live>{state.error}</Notice> : null}
    </form>
  );
}
