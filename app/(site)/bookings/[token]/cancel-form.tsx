"use client";

import Link from "next/link";
import { useActionState, useEffect, useRef } from "react";
import { TextArea } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { cancelBooking } from "./actions";

/** The second step of cancelling: it answers a tap, so it takes focus (the page opened at its heading). */
export function CancelForm({ token, keepHref }: { token: string; keepHref: string }) {
  const [state, action] = useActionState<FormState, FormData>(cancelBooking, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => form.current?.focus({ preventScroll: true }), []);
  return (
    <form ref={form} tabIndex={-1} aria-label="Cancel this consultation" action={action} className="space-y-4 focus:outline-none">
      <p>Cancel the call? The time goes back to the coach's calendar for someone else, and you get a note by email.</p>
      <input type="hidden" name="token" value={token} />
      <TextArea name="reason" label="Reason (optional)" hint="Helps the coach, never required." rows={3} defaultValue={state.values?.reason} error={state.errors?.reason} />
      {state.message ? <Notice tone="error" live>{state.message}</Notice> : null}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant="secondary" pendingLabel="Cancelling …">Yes, cancel it</SubmitButton>
        <Link href={keepHref} className="inline-flex min-h-11 items-center font-semibold text-moss-strong underline underline-offset-4">
          Keep it
        </Link>
      </div>
    </form>
  );
}
