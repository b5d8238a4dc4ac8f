"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { cacheTags } from "@/lib/platform/cache/tags";
import { services } from "@/lib/composition/web";
import { formAction, type FormState } from "@/lib/platform/forms/action";
import { coachProfileInputSchema } from "@/lib/site/schema";
import { imageUploadField } from "@/lib/platform/storage/image-upload";

export const updateSettings = formAction({
  guard: requireAdmin,
  schema: coachProfileInputSchema.and(z.object({ portrait: imageUploadField("portraits") })),
  // The text fields, and the portrait's file beside them.
  read: (form) => ({ ...Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")), portrait: form.get("portrait") }),
  async run({ portrait, ...profile }, { values }): Promise<FormState> {
    const result = await (await services()).site.saveProfile(profile, portrait);
    if (!result.ok) return { values, errors: result.errors };
    // Every public page that shows the profile reads it fresh on its next request.
    updateTag(cacheTags.coachProfile);
    revalidatePath("/admin/settings");
    return { values: { ...values, removePortrait: "" }, savedAt: new Date().toISOString() };
  },
});
