"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { buttonClasses } from "@/app/_ui/button-link";
import { finishLocalCheckout } from "./actions";

export function LocalCheckoutForm({ session, email }: { session: string; email: string | null }) {
  const [state, action, pending] = useActionState(finishLocalCheckout, {});
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="session" value={session} />
      <TextField
        label="Email for the receipt"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={email ?? ""}
        error={state.fieldError}
        hint="Stripe asks for this on its own checkout page; here it stands in for it."
      />
      {state.error ? (
        <Notice tone="error" live>
          {state.error}
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
