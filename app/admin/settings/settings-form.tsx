"use client";

import { useActionState } from "react";
import { TextArea, TextField } from "@/app/_ui/field";
import { ZoneField } from "./zone-field";
import { DescribedPictureField } from "@/app/_ui/described-picture-field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import { useFocusFirstError } from "@/app/_ui/use-focus-first-error";
import type { FormState } from "@/lib/platform/forms/action";
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

export function SettingsForm({ initial, portraitUrl }: { initial: SettingsValues; portraitUrl: string | null }) {
  const [state, action] = useActionState<FormState, FormData>(updateSettings, {});
  const form = useFocusFirstError(state);
  const values = { ...initial, ...state.values };
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  return (
    <form ref={form} action={action} className="mt-8 max-w-2xl space-y-6" noValidate>
      {errorCount ? (
        <Notice tone="error" live>
          Nothing was saved. {errorCount === 1 ? "One field needs" : `${errorCount} fields need`} attention.
        </Notice>
      ) : null}
      <TextField name="name" label="Your name" defaultValue={values.name} error={errors.name} required autoComplete="name" />
      <TextField name="headline" label="Headline" hint="Shown above your introduction on the home page." defaultValue={values.headline} error={errors.headline} required />
      <TextArea name="shortBio" label="Short bio" hint="One or two sentences for the home page." defaultValue={values.shortBio} error={errors.shortBio} rows={3} required />
      <TextArea name="longBio" label="Longer bio" hint="Leave an empty line between paragraphs." defaultValue={values.longBio} error={errors.longBio} rows={8} required />
      <ZoneField initial={values.timezone} error={errors.timezone} />
      <TextField name="contactEmail" label="Contact email" type="email" defaultValue={values.contactEmail} error={errors.contactEmail} required autoComplete="email" />
      <DescribedPictureField
        name="portrait"
        legend="Your portrait"
        intro="Shown on the home page, the course page and the consultation page, so people see who they will meet."
        hint="PNG, JPEG, WebP or GIF, up to 5 MB. A square picture works best."
        currentUrl={portraitUrl}
        alt={values.portraitAlt}
        errors={errors}
        removeChecked={state.values?.removePortrait === "on"}
        previewAlt="Your current portrait"
        emptyLabel="Portrait (optional)"
      />
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
