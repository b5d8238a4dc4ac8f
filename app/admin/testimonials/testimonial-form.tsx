"use client";

import { useActionState, useState } from "react";
import { TextArea, TextField } from "@/app/_ui/field";
import { DescribedPictureField } from "@/app/_ui/described-picture-field";
import { Notice } from "@/app/_ui/notice";
import { SubmitButton } from "@/app/_ui/submit-button";
import type { FormState } from "@/lib/platform/forms/action";
import { PLACE_LABELS, TESTIMONIAL_PLACES, type TestimonialPlace } from "@/lib/testimonials/schema";
import { saveTestimonial } from "./actions";

export interface TestimonialValues {
  quote: string;
  name: string;
  detail: string;
  photoAlt: string;
  position: string;
  places: TestimonialPlace[];
}

export function TestimonialForm({ id, initial, photoUrl }: { id?: string; initial: TestimonialValues; photoUrl: string | null }) {
  const [state, action] = useActionState<FormState, FormData>(saveTestimonial, {});
  const [places, setPlaces] = useState<TestimonialPlace[]>(initial.places);
  const values = { ...initial, ...state.values };
  const errors = state.errors ?? {};
  const errorCount = Object.keys(errors).length;
  return (
    <form action={action} className="mt-8 max-w-2xl space-y-6" noValidate>
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {errorCount ? (
        <Notice tone="error" live>
          Nothing was saved. {errors.form ?? (errorCount === 1 ? "One field needs attention." : `${errorCount} fields need attention.`)}
        </Notice>
      ) : null}
      <TextArea name="quote" label="What they said" hint="Their words, with their permission. The heart of it reads best." rows={4} defaultValue={values.quote} error={errors.quote} required />
      <div className="grid gap-6 sm:grid-cols-2">
        <TextField name="name" label="Their name" hint="Or first name and initial." defaultValue={values.name} error={errors.name} required />
        <TextField name="detail" label="Under the name (optional)" hint="e.g. “Took the course in 2026”." defaultValue={values.detail} error={errors.detail} />
      </div>
      <fieldset>
        <legend className="font-semibold">Show it on</legend>
        {errors.places ? <p className="mt-1 text-sm font-semibold text-danger">⚠ {errors.places}</p> : null}
        <div className="mt-2 flex flex-wrap gap-2">
          {TESTIMONIAL_PLACES.map((place) => (
            <label key={place} className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border border-line px-4 has-[:checked]:border-moss has-[:checked]:bg-sand">
              <input
                type="checkbox"
                name="places"
                value={place}
                checked={places.includes(place)}
                onChange={(event) => setPlaces((current) => (event.target.checked ? [...current, place] : current.filter((item) => item !== place)))}
                className="size-5 accent-moss"
              />
              {PLACE_LABELS[place]}
            </label>
          ))}
        </div>
      </fieldset>
      <DescribedPictureField
        name="photo"
        legend="Photo (optional)"
        hint="PNG, JPEG, WebP or GIF, up to 5 MB; shown small and round."
        currentUrl={photoUrl}
        alt={values.photoAlt}
        errors={errors}
        previewAlt="The current photo"
        emptyLabel="Photo"
      />
      <TextField name="position" label="Order" hint="Lower numbers come first." inputMode="numeric" defaultValue={values.position} error={errors.position} />
      <SubmitButton pendingLabel="Saving …">{id ? "Save testimonial" : "Add testimonial"}</SubmitButton>
    </form>
  );
}
