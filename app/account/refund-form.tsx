"use client";

import { useActionState } from "react";
import { TextArea } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { askForRefund } from "./actions";

/** The learner's request for the 14-day refund, with an optional word on why. */
export function RefundForm({ orderId, courseTitle }: { orderId: string; courseTitle: string }) {
  // Once asked, the account page (revalidated) shows the request instead of this form.
  const [state, action] = useActionState<FormState, FormData>(askForRefund, {});
  return (
    <form action={action} className="mt-3 space-y-3">
      <input type="hidden" name="orderId" value={orderId} />
      <TextArea
        id={`refund-reason-${orderId}`}
        name="reason"
        label="Anything you want the coach to know (optional)"
        rows={3}
        maxLength={1000}
        defaultValue={state.values?.reason ?? ""}
        error={state.errors?.reason}
      />
      {state.message ? (
        <Notice tone="error" live>
          {state.message}
        </Notice>
      ) : null}
      <SubmitButton variant="secondary" pendingLabel="Sending …">
        Ask for a refund of {courseTitle}
      </SubmitButton>
    </form>
  );
}
