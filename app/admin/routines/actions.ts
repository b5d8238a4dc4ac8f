"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { commandAction, formAction, UnreadableFormError, type FormState } from "@/lib/platform/forms/action";
import { MAX_STEPS, routineInputSchema } from "@/lib/routines/schema";
import { PUBLICATION_STATUSES } from "@/lib/routines/taxonomy";
import { imageUploadField, mediaUploadField } from "@/lib/platform/storage/image-upload";
import { refreshPublicRoutines } from "./refresh";

const idSchema = z.uuid();

/** The editor sends the routine as one JSON payload (steps and all) beside an optional picture. */
function readEditor(form: FormData) {
  let payload: unknown;
  try {
    payload = JSON.parse(String(form.get("payload") ?? ""));
  } catch {
    throw new UnreadableFormError();
  }
  const steps = Array.isArray((payload as { steps?: unknown } | null)?.steps) ? (payload as { steps: unknown[] }).steps : [];
  // One optional file per step, named by the step's position when the form was sent.
  const stepMedia = steps.slice(0, MAX_STEPS).map((_, index) => form.get(`step-media-${index}`));
  return { ...(payload as object), id: String(form.get("id") ?? "") || null, image: form.get("image"), stepMedia };
}

/**
 * Create (no id) or update (id) a routine. The picture is checked with the rest of the form, so a
 * bad file shows beside every other problem and never leaves half a save.
 */
export const saveRoutine = formAction({
  guard: requireAdmin,
  schema: routineInputSchema.and(z.object({ id: idSchema.nullable(), image: imageUploadField("routines"), stepMedia: z.array(mediaUploadField("steps")) })),
  read: readEditor,
  async run({ id, image, stepMedia, ...routine }): Promise<FormState> {
    const routines = (await services()).routines;
    const result = id ? await routines.update(id, routine, image, stepMedia) : await routines.create(routine, image, stepMedia);
    if (!result) return { errors: { form: "This routine does not exist any more." } };
    if (!result.ok) return { errors: result.errors };
    refreshPublicRoutines(result.slug, result.previousSlug);
    if (!id) redirect(`/admin/routines/${result.id}?created=1`);
    // The open editor learns which files the routine now shows (its own state would still say none).
    return { savedAt: new Date().toISOString(), values: { saved: JSON.stringify({ imageKey: result.imageKey, stepMediaKeys: result.stepMediaKeys }) } };
  },
});

export const setRoutineStatus = commandAction({
  guard: requireAdmin,
  schema: z.object({ id: idSchema, status: z.enum(PUBLICATION_STATUSES) }),
  async run({ id, status }) {
    const result = await (await services()).routines.setStatus(id, status);
    if (result) refreshPublicRoutines(result.slug);
  },
});

export const duplicateRoutine = commandAction({
  guard: requireAdmin,
  schema: z.object({ id: idSchema }),
  async run({ id }) {
    const copy = await (await services()).routines.duplicate(id);
    if (copy) redirect(`/admin/routines/${copy.id}?duplicated=1`);
  },
});

export const deleteRoutine = commandAction({
  guard: requireAdmin,
  schema: z.object({ id: idSchema }),
  async run({ id }) {
    const removed = await (await services()).routines.remove(id);
    if (removed) refreshPublicRoutines(removed.slug);
    redirect("/admin/routines?deleted=1");
  },
});
