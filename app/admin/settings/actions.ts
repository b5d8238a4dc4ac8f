"use server";

import { updateTag } from "next/cache";
import { requireAdmin } from "@/lib/auth/guards";
import { cacheTags } from "@/lib/cache/tags";
import { services } from "@/lib/composition/web";
import { formAction, type FormState } from "@/lib/forms/action";
import { coachProfileInputSchema } from "@/lib/site/schema";

export const updateSettings = formAction({
  guard: requireAdmin,
  schema: coachProfileInputSchema,
  async run(profile, { values }): Promise<FormState> {
    await (await services()).site.saveProfile(profile);
    // Every public page that shows the profile reads it fresh on its next request.
    updateTag(cacheTags.coachProfile);
    return { values, savedAt: new Date().toISOString() };
  },
});
