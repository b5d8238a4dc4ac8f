"use server";

import { updateTag } from "next/cache";
import { getDb } from "@/db/client";
import { requireAdmin } from "@/lib/auth/guards";
import { cacheTags } from "@/lib/cache/tags";
import { coachProfileInputSchema, type CoachProfileField } from "@/lib/site/schema";
import { saveCoachProfile } from "@/lib/site/service";

export interface SettingsFormState {
  values?: Record<string, string>;
  errors?: Partial<Record<CoachProfileField, string>>;
  saved?: boolean;
}

const FIELDS: CoachProfileField[] = ["name", "headline", "shortBio", "longBio", "timezone", "contactEmail", "meetingLink"];

export async function updateSettings(_previous: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  await requireAdmin();
  const values = Object.fromEntries(FIELDS.map((field) => [field, String(formData.get(field) ?? "")]));
  const parsed = coachProfileInputSchema.safeParse(values);
  if (!parsed.success) {
    const errors: SettingsFormState["errors"] = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as CoachProfileField;
      errors[field] ??= issue.message;
    }
    return { values, errors };
  }
  await saveCoachProfile(getDb(), parsed.data);
  // Every public page that shows the profile reads it fresh on its next request.
  updateTag(cacheTags.coachProfile);
  return { values, saved: true };
}
