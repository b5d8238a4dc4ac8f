"use client";

import { useActionState } from "react";
import { TextArea } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { cancelBooking } from "./actions";

export function CancelForm({ token }: { token: string }) {
  const [state, action] = useActionState<FormState, FormData>(cancelBooking, {});
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <TextArea name="reason" label="Reason (optional)" hint="Helps the coach, never required." rows={3} defaultValue={state.values?.reason} error={state.errors?.reason} />
      {state.message ? <Notice tone="error" live>{state.message}</Notice> : null}
      <SubmitButton variant="secondary" pendingLabel="Cancelling …">Cancel this consultation</SubmitButton>
    </form>
  );
}
