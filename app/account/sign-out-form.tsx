"use client";

import { SubmitButton } from "@/app/_ui/submit-button";
import { forgetReflectionDrafts } from "@/app/(site)/learn/[course]/[lesson]/reflection-drafts";

/**
 * Sign out, and forget the reflection drafts this device kept: on a shared computer the next
 * person must not find someone's unsent words about their body.
 */
export function SignOutForm({ action }: { action: () => Promise<void> }) {
  return (
    <form action={action} onSubmit={forgetReflectionDrafts} className="mt-10">
      <SubmitButton variant="secondary" pendingLabel="Signing out …">
        Sign out
      </SubmitButton>
    </form>
  );
}
