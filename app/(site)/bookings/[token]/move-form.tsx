"use client";

import { useActionState, useEffect, useRef } from "react";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { moveBooking } from "./actions";

/** "Move your call to …?": brings itself into view and takes focus, since it answers a tap further down. */
export function MoveForm({ token, start, label }: { token: string; start: string; label: string }) {
  const [state, action] = useActionState<FormState, FormData>(moveBooking, {});
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    form.current?.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    form.current?.focus({ preventScroll: true });
  }, []);
  return (
    <form ref={form} tabIndex={-1} aria-label="Confirm the new time" action={action} className="space-y-3 rounded-2xl border border-moss/50 bg-linen p-4 focus:outline-none focus-visible:ring-2 focus-visible:ring-moss">
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
