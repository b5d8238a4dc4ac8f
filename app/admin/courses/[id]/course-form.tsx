"use client";

import { useActionState } from "react";
import { SelectField, TextArea, TextField } from "@/app/_ui/field";
import { UncontrolledMarkdownField } from "@/app/_ui/markdown-field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { saveCourse } from "../actions";

export interface CourseFormValues {
  courseId: string;
  title: string;
  slug: string;
  subtitle: string;
  description: string;
  audience: string;
  notFor: string;
  faq: string;
  price: string;
  currency: string;
  instalmentCount: string;
  instalmentPrice: string;
  status: "draft" | "published";
}

export function CourseForm({ values }: { values: CourseFormValues }) {
  const [state, action] = useActionState<FormState, FormData>(saveCourse, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="courseId" value={values.courseId} />
      {errors.form ? <Notice tone="error" live>{errors.form}</Notice> : null}
      <TextField name="title" label="Title" defaultValue={values.title} error={errors.title} required />
      <TextField name="slug" label="Address" hint={`The page lives at /courses/${values.slug}. Changing it breaks old links.`} defaultValue={values.slug} error={errors.slug} required />
      <TextArea name="subtitle" label="Subtitle" hint="One sentence under the title and in search results." defaultValue={values.subtitle} error={errors.subtitle} rows={2} />
      <UncontrolledMarkdownField name="description" label="What the course gives" hint="Markdown. The promise, in your words." defaultValue={values.description} error={errors.description} />
      <div className="grid gap-6 md:grid-cols-2">
        <UncontrolledMarkdownField name="audience" label="It is for you if" hint="Markdown; a short list works well." defaultValue={values.audience} error={errors.audience} />
        <UncontrolledMarkdownField name="notFor" label="It is not for you if" hint="Markdown. The crisis resources are shown next to it." defaultValue={values.notFor} error={errors.notFor} />
      </div>
      <TextArea name="faq" label="Questions and answers" hint='One block per question: a line starting "Q: ", then the answer starting "A: ".' defaultValue={values.faq} error={errors.faq} rows={8} />
      <div className="grid gap-6 sm:grid-cols-3">
        <TextField name="price" label="Price" hint="In whole units, like 149 or 149.50." inputMode="decimal" defaultValue={values.price} error={errors.price} required />
        <TextField name="currency" label="Currency" hint="Three letters, like usd or eur." defaultValue={values.currency} error={errors.currency} required />
        <SelectField name="status" label="Visibility" defaultValue={values.status} error={errors.status}>
          <option value="published">Published (on sale)</option>
          <option value="draft">Draft (hidden)</option>
        </SelectField>
      </div>
      <fieldset className="space-y-4 rounded-2xl border border-line p-4 sm:p-5">
        <legend className="px-1 font-semibold">Payment plan (optional)</legend>
        <p className="text-sm text-ink-muted">
          Beside the full price, offer the course in monthly payments. Access starts with the first; the payments stop by themselves after the last. A payment that stays unpaid after Stripe&apos;s retries pauses access until it is paid.
        </p>
        <div className="grid gap-6 sm:grid-cols-2">
          <TextField name="instalmentCount" label="Number of monthly payments" hint="2 to 12; leave empty for no plan." inputMode="numeric" defaultValue={values.instalmentCount} error={errors.instalmentCount} />
          <TextField name="instalmentPrice" label="Each payment" hint="Same currency, like 55. Together at least the full price." inputMode="decimal" defaultValue={values.instalmentPrice} error={errors.instalmentPrice} />
        </div>
      </fieldset>
      <p className="text-sm text-ink-muted">A new price applies to checkouts started after you save; people already paying keep the price they saw.</p>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving …">Save course</SubmitButton>
        {state.savedAt && !state.errors ? <p role="status" className="font-semibold text-success">Saved. The sales page shows it now.</p> : null}
      </div>
    </form>
  );
}
