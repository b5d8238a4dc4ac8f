"use client";

import { useActionState } from "react";
import { SelectField, TextArea, TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { saveLesson } from "../../../actions";
import { DownloadsField, LessonBodyField } from "./lesson-content-fields";

export interface LessonFormValues {
  lessonId: string;
  title: string;
  slug: string;
  durationMinutes: number;
  isPreview: boolean;
  status: "draft" | "published";
  videoUrl: string;
  captionsUrl: string;
  downloads: string;
  body: string;
  reflectionPrompts: string;
  reflectionRequired: boolean;
}

export function LessonForm({ values, coursePath, routines }: { values: LessonFormValues; coursePath: string; routines: { slug: string; title: string }[] }) {
  const [state, action] = useActionState<FormState, FormData>(saveLesson, {});
  const errors = state.errors ?? {};
  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="lessonId" value={values.lessonId} />
      {errors.form ? <Notice tone="error" live>{errors.form}</Notice> : null}
      <TextField name="title" label="Title" defaultValue={values.title} error={errors.title} required />
      <div className="grid gap-6 sm:grid-cols-3">
        <TextField name="slug" label="Address" hint={`${coursePath}/${values.slug}`} defaultValue={values.slug} error={errors.slug} required />
        <TextField name="durationMinutes" label="Length in minutes" type="number" min={1} inputMode="numeric" defaultValue={values.durationMinutes} error={errors.durationMinutes} required />
        <SelectField name="status" label="Visibility" defaultValue={values.status} error={errors.status}>
          <option value="published">Published</option>
          <option value="draft">Draft (only you can see it)</option>
        </SelectField>
      </div>
      <label className="flex items-start gap-3">
        <input type="checkbox" name="isPreview" defaultChecked={values.isPreview} className="mt-1 size-5 accent-moss" />
        <span>
          <span className="font-semibold">Free preview</span>
          <span className="block text-sm text-ink-muted">Open to everyone, linked from the sales page.</span>
        </span>
      </label>
      <TextField name="videoUrl" label="Video link" hint="A YouTube or Vimeo link, or an https:// link to an MP4 file." defaultValue={values.videoUrl} error={errors.videoUrl} inputMode="url" />
      <TextField name="captionsUrl" label="Captions for an MP4 (WebVTT)" hint="An https:// link or a path such as /uploads/lesson.vtt. YouTube and Vimeo carry their own captions." defaultValue={values.captionsUrl} error={errors.captionsUrl} inputMode="url" />
      <LessonBodyField defaultValue={values.body} error={errors.body} routines={routines} />
      <fieldset className="space-y-3 rounded-2xl border border-line p-4">
        <legend className="px-1 font-semibold">Reflection</legend>
        <TextArea
          name="reflectionPrompts"
          label="Reflection prompts"
          hint="Up to five questions, one per line, answered privately under the lesson. You never see the answers: they belong to the learner."
          defaultValue={values.reflectionPrompts}
          error={errors.reflectionPrompts}
          rows={3}
        />
        <label className="flex items-start gap-3">
          <input type="checkbox" name="reflectionRequired" defaultChecked={values.reflectionRequired} className="mt-1 size-5 accent-moss" />
          <span>
            <span className="font-semibold">Ask for an answer before continuing</span>
            <span className="block text-sm text-ink-muted">&ldquo;Complete and continue&rdquo; waits until every prompt has an answer.</span>
          </span>
        </label>
      </fieldset>
      <DownloadsField defaultValue={values.downloads} error={errors.downloads} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving …">Save lesson</SubmitButton>
        {state.savedAt && !state.errors ? <p role="status" className="font-semibold text-success">Saved.</p> : null}
      </div>
    </form>
  );
}
