"use client";

import { useActionState } from "react";
import { SelectField, TextField } from "@/app/_ui/field";
import { UncontrolledMarkdownField } from "@/app/_ui/markdown-field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { sourceLabel } from "@/lib/newsletter/source-label";
import { saveBroadcast } from "./actions";

export interface BroadcastFormValues {
  id?: string;
  subject: string;
  preheader: string;
  body: string;
  routineSlugs: string[];
  audienceSource: string | null;
}

export function BroadcastForm({
  values,
  routines,
  sources,
}: {
  values: BroadcastFormValues;
  routines: { slug: string; title: string }[];
  sources: { source: string; count: number }[];
}) {
  const [state, action] = useActionState<FormState, FormData>(saveBroadcast, {});
  const errors = state.errors ?? {};
  const everyone = sources.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <form action={action} className="space-y-6" noValidate>
      {values.id ? <input type="hidden" name="id" value={values.id} /> : null}
      {errors.form ? <Notice tone="error" live>{errors.form}</Notice> : null}
      <TextField name="subject" label="Subject" defaultValue={values.subject} error={errors.subject} required maxLength={150} />
      <TextField name="preheader" label="Preview line" hint="The grey line inboxes show after the subject." defaultValue={values.preheader} error={errors.preheader} maxLength={150} />
      <UncontrolledMarkdownField name="body" label="Letter" hint="Markdown: **bold**, lists, links. A new line is a line break; an empty line starts a paragraph. Links to /routines/… work from the inbox." defaultValue={values.body} error={errors.body} breaks rows={18} live />
      <fieldset>
        <legend className="font-semibold">Routine cards</legend>
        <p className="text-sm text-ink-muted">Each card shows the routine&apos;s title and time, with a “Start with timer” button. Up to four.</p>
        {errors.routineSlugs ? <p className="mt-1 text-sm font-semibold text-danger">⚠ {errors.routineSlugs}</p> : null}
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {routines.map((routine) => (
            <label key={routine.slug} className="flex items-start gap-3 rounded-xl border border-line bg-surface p-3">
              <input type="checkbox" name="routineSlugs" value={routine.slug} defaultChecked={values.routineSlugs.includes(routine.slug)} className="mt-1 size-5 accent-moss" />
              <span>{routine.title}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField name="audienceSource" label="Send to" defaultValue={values.audienceSource ?? ""} error={errors.audienceSource}>
        <option value="">Everyone confirmed ({everyone})</option>
        {sources.map((entry) => (
          <option key={entry.source} value={entry.source}>
            Only people who signed up via {sourceLabel(entry.source, (slug) => routines.find((routine) => routine.slug === slug)?.title)} ({entry.count})
          </option>
        ))}
      </SelectField>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving …">{values.id ? "Save draft" : "Create draft"}</SubmitButton>
        {state.savedAt && !state.errors ? <p role="status" className="font-semibold text-success">Saved. The preview below shows it.</p> : null}
      </div>
    </form>
  );
}
