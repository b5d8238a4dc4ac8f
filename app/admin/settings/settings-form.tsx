"use client";

import { useActionState } from "react";
import { SelectField, TextArea, TextField } from "@/app/_ui/field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/forms/action";
import { updateSettings } from "./actions";

export interface SettingsValues {
  name: string;
  headline: string;
  shortBio: string;
  longBio: string;
  timezone: string;
  contactEmail: string;
  portraitAlt: string;
}

export function SettingsForm({ initial, timezones, portraitUrl }: { initial: SettingsValues; timezones: readonly string[]; portraitUrl: string | null }) {
  const [state, action] = useActionState<FormState, FormData>(updateSettings, {});
  const values = { ...initial, ...state.values };
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  return (
    <form action={action} className="mt-8 max-w-2xl space-y-6" noValidate>
      {errorCount ? (
        <Notice tone="error" live>
          Nothing was saved. {errorCount === 1 ? "One field needs" : `${errorCount} fields need`} attention.
        </Notice>
      ) : null}
      <TextField name="name" label="Your name" defaultValue={values.name} error={errors.name} required autoComplete="name" />
      <TextField name="headline" label="Headline" hint="Shown above your introduction on the home page." defaultValue={values.headline} error={errors.headline} required />
      <TextArea name="shortBio" label="Short bio" hint="One or two sentences for the home page." defaultValue={values.shortBio} error={errors.shortBio} rows={3} required />
      <TextArea name="longBio" label="Longer bio" hint="Leave an empty line between paragraphs." defaultValue={values.longBio} error={errors.longBio} rows={8} required />
      <SelectField name="timezone" label="Your timezone" hint="Consultation times are worked out in this zone." defaultValue={values.timezone} error={errors.timezone}>
        {timezones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll("_", " ")}
          </option>
        ))}
      </SelectField>
      <TextField name="contactEmail" label="Contact email" type="email" defaultValue={values.contactEmail} error={errors.contactEmail} required autoComplete="email" />
      <fieldset className="space-y-4 rounded-2xl border border-line p-4">
        <legend className="px-1 font-semibold">Your portrait</legend>
        <p className="text-sm text-ink-muted">Shown on the home page, the course page and the consultation page, so people see who they will meet.</p>
        {portraitUrl ? (
          <div className="flex items-center gap-4">
            {/* eslint-disable-next-line @next/next/no-img-element -- the coach's own preview, as uploaded */}
            <img src={portraitUrl} alt="Your current portrait" className="size-24 rounded-full border border-line object-cover" />
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" name="removePortrait" defaultChecked={state.values?.removePortrait === "on"} className="size-5 accent-moss" />
              Remove the portrait
            </label>
          </div>
        ) : null}
        <TextField name="portrait" label={portraitUrl ? "Replace the portrait" : "Portrait (optional)"} hint="PNG, JPEG, WebP or GIF, up to 5 MB. A square picture works best." type="file" accept="image/png,image/jpeg,image/webp,image/gif" error={errors.portrait} />
        <TextField name="portraitAlt" label="What the portrait shows" hint="Read aloud to people who cannot see it." maxLength={200} defaultValue={values.portraitAlt} error={errors.portraitAlt} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving …">Save settings</SubmitButton>
        {state.savedAt ? (
          <Notice tone="success" live>
            Saved. The site shows the change now.
          </Notice>
        ) : null}
      </div>
    </form>
  );
}
