"use client";

import { useActionState } from "react";
import { TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { useFocusFirstError } from "@/app/_ui/use-focus-first-error";
import type { FormState } from "@/lib/platform/forms/action";
import { createCourse } from "../actions";

export function NewCourseForm() {
  const [state, action] = useActionState<FormState, FormData>(createCourse, {});
  const form = useFocusFirstError(state);
  const errors = state.errors ?? {};
  const values = state.values ?? {};
  return (
    <form ref={form} action={action} className="mt-6 max-w-xl space-y-6" noValidate>
      {state.message ? <Notice tone="error" live>{state.message}</Notice> : null}
      <TextField name="title" label="Title" hint="What the course is called on its sales page. You can change it later." defaultValue={values.title} error={errors.title} required />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField name="price" label="Price" hint="For example 149 or 149.00" inputMode="decimal" defaultValue={values.price} error={errors.price} required />
        <TextField name="currency" label="Currency" hint="Three letters, such as usd or eur" defaultValue={values.currency ?? "usd"} error={errors.currency} required />
      </div>
      <p className="text-sm text-ink-muted">It starts as a draft: nobody sees it until you publish it from its editor, where you add its parts, lessons and sales page.</p>
      <SubmitButton>Create the course</SubmitButton>
    </form>
  );
}
