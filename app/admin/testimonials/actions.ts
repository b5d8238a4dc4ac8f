"use server";

import { revalidatePath, updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { cacheTags } from "@/lib/platform/cache/tags";
import { services } from "@/lib/composition/web";
import { commandAction, formAction, type FormState } from "@/lib/platform/forms/action";
import { imageUploadField } from "@/lib/platform/storage/image-upload";
import { testimonialInputSchema } from "@/lib/testimonials/schema";

const idSchema = z.uuid();

function refresh() {
  // The home, course and consultation pages show them: each reads the list fresh next time.
  updateTag(cacheTags.testimonials);
  revalidatePath("/admin/testimonials");
}

export const saveTestimonial = formAction({
  guard: requireAdmin,
  schema: testimonialInputSchema.and(z.object({ id: idSchema.nullable(), photo: imageUploadField("testimonials") })),
  // Ticked boxes arrive as one field each; the rest are single values.
  read: (form) => ({
    ...Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")),
    id: String(form.get("id") ?? "") || null,
    places: form.getAll("places"),
    photo: form.get("photo"),
  }),
  async run({ id, photo, ...input }, { values }): Promise<FormState> {
    const result = await (await services()).testimonials.save(id, input, photo);
    if (!result) return { errors: { form: "This testimonial does not exist any more." } };
    if (!result.ok) return { values, errors: result.errors };
    refresh();
    redirect(`/admin/testimonials?saved=1`);
  },
});

export const deleteTestimonial = commandAction({
  guard: requireAdmin,
  schema: z.object({ id: idSchema }),
  async run({ id }) {
    await (await services()).testimonials.remove(id);
    refresh();
    redirect("/admin/testimonials?deleted=1");
  },
});
