"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { buttonClasses } from "@/app/_ui/button-link";
import type { FormState } from "@/lib/platform/forms/action";
import { finishLocalCheckout, runTestBilling } from "./actions";
import { SubmitButton } from "@/app/_ui/submit-button";

/** Stripe's page asks for the billing country and a tax ID only with Stripe Tax on; so does this one. */
export function LocalCheckoutForm({ session, email, collectTax, countries, promotionCodes }: { session: string; email: string | null; collectTax: boolean; countries: { code: string; name: string }[]; promotionCodes: boolean }) {
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
      {collectTax ? (
        <>
          <SelectField name="country" label="Billing country" defaultValue={state.values?.country ?? ""} error={state.errors?.country} required>
            <option value="">Choose your country</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </SelectField>
          <TextField name="taxId" label="VAT or tax ID (optional)" hint="For a business buying the course." defaultValue={state.values?.taxId ?? ""} error={state.errors?.taxId} autoComplete="off" />
        </>
      ) : null}
      {promotionCodes ? (
        <TextField
          name="promotionCode"
          label="Promotion code (optional)"
          hint="As on Stripe's page. The test code WELCOME20 takes 20% off."
          defaultValue={state.values?.promotionCode ?? ""}
          error={state.errors?.promotionCode}
          autoComplete="off"
          autoCapitalize="characters"
        />
      ) : null}
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

/** The months after checkout, on demand: what Stripe's billing would do to this test plan. */
export function TestBillingForm({ order, invoice, back, hasOpenInvoice, payOnly = false, stopOnly = false }: { order: string; invoice?: string; back: string; hasOpenInvoice: boolean; payOnly?: boolean; stopOnly?: boolean }) {
  const [state, action] = useActionState<FormState, FormData>(runTestBilling, {});
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="order" value={order} />
      {invoice ? <input type="hidden" name="invoice" value={invoice} /> : null}
      <input type="hidden" name="back" value={back} />
      {state.message ? (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {stopOnly ? (
          <SubmitButton name="step" value="stop" variant="danger" pendingLabel="Stopping …">
            Stop the plan (test)
          </SubmitButton>
        ) : null}
        {payOnly || stopOnly ? null : (
          <>
            <SubmitButton name="step" value="pay-next" variant="secondary">
              Collect the next payment
            </SubmitButton>
            <SubmitButton name="step" value="decline" variant="secondary">
              Decline it (Stripe retries)
            </SubmitButton>
            <SubmitButton name="step" value="decline-final" variant="secondary">
              Decline the last retry
            </SubmitButton>
          </>
        )}
        {hasOpenInvoice ? (
          <SubmitButton name="step" value="pay-open">
            {payOnly ? "Pay this invoice (test)" : "Pay the unpaid one"}
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
