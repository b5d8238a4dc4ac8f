"use client";

import { useActionState } from "react";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/forms/action";
import { moveBooking } from "./actions";

export function MoveForm({ token, start, label }: { token: string; start: string; label: string }) {
  const [state, action] = useActionState<FormState, FormData>(moveBooking, {});
  return (
    <form action={action} className="space-y-3 rounded-2xl border border-moss/50 bg-linen p-4">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="start" value={start} />
      <p>
        Move your call to <strong>{label}</strong>?
      </p>
      {state.message ? <Notice tone="error" live>{state.message}</Notice> : null}
      <SubmitButton pendingLabel="Moving …">Yes, move it</SubmitButton>
    </form>
  );
}
