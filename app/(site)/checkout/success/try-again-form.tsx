"use client";

import { useActionState } from "react";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { buyCourse } from "@/app/(site)/courses/[slug]/actions";

/** A new checkout for the same course and plan, with the address typed last time already filled in. */
export function TryAgainForm({ course, plan, email }: { course: string; plan: "full" | "instalments"; email: string | null }) {
  const [state, action] = useActionState(buyCourse, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="course" value={course} />
      <input type="hidden" name="plan" value={plan} />
      {email ? <input type="hidden" name="email" value={email} /> : null}
      <SubmitButton pendingLabel="Opening the secure checkout …">Try again</SubmitButton>
      {email ? <p className="text-sm text-ink-muted">The checkout opens with {email} filled in.</p> : null}
      {state.message ? (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      ) : null}
    </form>
  );
}
