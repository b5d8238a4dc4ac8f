"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { buttonClasses } from "@/app/_ui/button-link";
import type { FormState } from "@/lib/forms/action";
import { finishLocalCheckout } from "./actions";

export function LocalCheckoutForm({ session, email }: { session: string; email: string | null }) {
  const [state, action, pending] = useActionState<FormState, FormData>(finishLocalCheckout, {});
  const problem = state.message ?? state.errors?.session ?? state.errors?.action;
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="session" value={session} />
      <TextField
        label="Email for the receipt"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? email ?? ""}
        error={state.errors?.email}
        hint="Stripe asks for this on its own checkout page; here it stands in for it."
      />
      {problem ? (
        <Notice tone="error" live>
          {problem}
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="action" value="pay" disabled={pending} className={buttonClasses("primary", "disabled:opacity-70")}>
          {pending ? "Working …" : "Pay (test)"}
        </button>
        <button type="submit" name="action" value="fail" disabled={pending} className={buttonClasses("secondary", "disabled:opacity-70")}>
          Fail the payment
        </button>
      </div>
    </form>
  );
}
