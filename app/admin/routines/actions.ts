"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { getFileStorage, services } from "@/lib/composition/web";
import { commandAction, formAction, UnreadableFormError, type FormState } from "@/lib/forms/action";
import { routineInputSchema } from "@/lib/routines/schema";
import { PUBLICATION_STATUSES } from "@/lib/routines/taxonomy";
import { checkImageUpload } from "@/lib/storage/image-upload";
import { refreshPublicRoutines } from "./refresh";

const idSchema = z.uuid();

/** The editor sends the routine as one JSON payload (steps and all) beside an optional picture. */
function readPayload(form: FormData): unknown {
  try {
    return JSON.parse(String(form.get("payload") ?? ""));
  } catch {
    throw new UnreadableFormError();
  }
}

/** Create (no id) or update (id) a routine from the editor's JSON payload and optional picture. */
export const saveRoutine = formAction({
  guard: requireAdmin,
  schema: routineInputSchema,
  read: readPayload,
  async run(input, { form }): Promise<FormState> {
    const id = form.get("id") ? idSchema.safeParse(form.get("id")) : null;
    if (id && !id.success) return { errors: { form: "This routine does not exist any more." } };

    // A picture is checked before anything is written, so a bad file never leaves half a save.
    const image = form.get("image");
    let upload: { key: string; contentType: string; bytes: Uint8Array } | null = null;
    if (image instanceof File && image.size > 0) {
      const bytes = new Uint8Array(await image.arrayBuffer());
      const checked = checkImageUpload(bytes, "routines");
      if (!checked.ok) return { errors: { image: checked.error } };
      upload = { key: checked.key, contentType: checked.contentType, bytes };
    }

    if (upload) await getFileStorage().put(upload.key, upload.bytes, upload.contentType);
    const routines = (await services()).routines;
    const result = id ? await routines.update(id.data, input, upload?.key) : await routines.create(input, upload?.key ?? null);
    if (!result) return { errors: { form: "This routine does not exist any more." } };
    if (!result.ok) {
      if (upload) await getFileStorage().remove(upload.key);
      return { errors: result.errors };
    }
    refreshPublicRoutines(result.slug, result.previousSlug);
    if (!id) redirect(`/admin/routines/${result.id}?created=1`);
    return { savedAt: new Date().toISOString() };
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
    if (removed) {
      if (removed.imageKey) await getFileStorage().remove(removed.imageKey).catch(() => {});
      refreshPublicRoutines(removed.slug);
    }
    redirect("/admin/routines?deleted=1");
  },
});
