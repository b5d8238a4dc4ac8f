"use client";

import { useActionState } from "react";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { updatePaymentSettings } from "./payment-actions";

export interface PaymentSettingsValues {
  collectTax: boolean;
  pricesIncludeTax: boolean;
  issueInvoices: boolean;
}

/** Stripe Tax and invoices for course payments, apart from the profile so each saves on its own. */
export function PaymentSettingsForm({ initial }: { initial: PaymentSettingsValues }) {
  const [state, action] = useActionState<FormState, FormData>(updatePaymentSettings, {});
  return (
    <form action={action} className="mt-6 max-w-2xl space-y-5" aria-labelledby="payments-heading">
      {state.message ? (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      ) : null}
      <label className="flex items-start gap-3">
        <input type="checkbox" name="collectTax" defaultChecked={initial.collectTax} className="mt-1 size-5 accent-moss" />
        <span>
          <span className="font-semibold">Work out sales tax and VAT with Stripe Tax</span>
          <span className="block text-sm text-ink-muted">
            Checkout asks for the buyer&apos;s billing address and, for businesses, their tax ID. Turn Stripe Tax on in your Stripe dashboard and add your registrations first.
          </span>
        </span>
      </label>
      <fieldset className="space-y-2 pl-8">
        <legend className="text-sm font-semibold">With tax on, your course price</legend>
        <label className="flex items-center gap-3">
          <input type="radio" name="taxBehaviour" value="inclusive" defaultChecked={initial.pricesIncludeTax} className="size-5 accent-moss" />
          <span>already includes tax (usual for the EU, UK and Australia)</span>
        </label>
        <label className="flex items-center gap-3">
          <input type="radio" name="taxBehaviour" value="exclusive" defaultChecked={!initial.pricesIncludeTax} className="size-5 accent-moss" />
          <span>has tax added at checkout (usual in the US and Canada)</span>
        </label>
      </fieldset>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="issueInvoices" defaultChecked={initial.issueInvoices} className="mt-1 size-5 accent-moss" />
        <span>
          <span className="font-semibold">Send an invoice with every course payment</span>
          <span className="block text-sm text-ink-muted">Buyers get a numbered invoice (page and PDF) linked from their receipt and account. Payment plans always have one per payment.</span>
        </span>
      </label>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving …">Save payment settings</SubmitButton>
        {state.savedAt && !state.message ? (
          <p role="status" className="font-semibold text-success">
            Saved. New checkouts use these settings.
          </p>
        ) : null}
      </div>
    </form>
  );
}
