"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireAdmin } from "@/lib/auth/guards";
import { routineInputSchema } from "@/lib/routines/schema";
import { createRoutineService } from "@/lib/routines/service";
import { PUBLICATION_STATUSES } from "@/lib/routines/taxonomy";
import { getFileStorage } from "@/lib/composition/web";
import { checkImageUpload } from "@/lib/storage/image-upload";
import { refreshPublicRoutines } from "./refresh";

export interface RoutineFormState {
  errors?: Record<string, string>;
  savedAt?: string;
}

const idSchema = z.uuid();

/** Create (no id) or update (id) a routine from the editor's JSON payload and optional picture. */
export async function saveRoutine(_previous: RoutineFormState, formData: FormData): Promise<RoutineFormState> {
  await requireAdmin();
  const id = formData.get("id") ? idSchema.safeParse(formData.get("id")) : null;
  if (id && !id.success) return { errors: { form: "This routine does not exist any more." } };

  let payload: unknown;
  try {
    payload = JSON.parse(String(formData.get("payload") ?? ""));
  } catch {
    return { errors: { form: "The form could not be read. Reload the page and try again." } };
  }
  const parsed = routineInputSchema.safeParse(payload);
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path.join(".") || "form"] ??= issue.message;
  }

  // A picture is checked before anything is written, so a bad file never leaves half a save.
  const image = formData.get("image");
  let upload: { key: string; contentType: string; bytes: Uint8Array } | null = null;
  if (image instanceof File && image.size > 0) {
    const bytes = new Uint8Array(await image.arrayBuffer());
    const checked = checkImageUpload(bytes, "routines");
    if (checked.ok) upload = { key: checked.key, contentType: checked.contentType, bytes };
    else errors.image = checked.error;
  }
  if (!parsed.success || Object.keys(errors).length) return { errors };

  if (upload) await getFileStorage().put(upload.key, upload.bytes, upload.contentType);
  const service = createRoutineService(getDb());
  const result = id ? await service.update(id.data, parsed.data, upload?.key) : await service.create(parsed.data, upload?.key ?? null);
  if (!result) return { errors: { form: "This routine does not exist any more." } };
  if (!result.ok) {
    if (upload) await getFileStorage().remove(upload.key);
    return { errors: result.errors };
  }
  refreshPublicRoutines(result.slug, result.previousSlug);
  if (!id) redirect(`/admin/routines/${result.id}?created=1`);
  return { savedAt: new Date().toISOString() };
}

const statusSchema = z.object({ id: idSchema, status: z.enum(PUBLICATION_STATUSES) });

export async function setRoutineStatus(formData: FormData) {
  await requireAdmin();
  const parsed = statusSchema.safeParse({ id: formData.get("id"), status: formData.get("status") });
  if (!parsed.success) return;
  const result = await createRoutineService(getDb()).setStatus(parsed.data.id, parsed.data.status);
  if (result) refreshPublicRoutines(result.slug);
}

export async function duplicateRoutine(formData: FormData) {
  await requireAdmin();
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return;
  const copy = await createRoutineService(getDb()).duplicate(id.data);
  if (copy) redirect(`/admin/routines/${copy.id}?duplicated=1`);
}

export async function deleteRoutine(formData: FormData) {
  await requireAdmin();
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return;
  const removed = await createRoutineService(getDb()).remove(id.data);
  if (removed) {
    if (removed.imageKey) await getFileStorage().remove(removed.imageKey).catch(() => {});
    refreshPublicRoutines(removed.slug);
  }
  redirect("/admin/routines?deleted=1");
}
