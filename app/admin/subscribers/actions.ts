"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db/client";
import { requireAdmin } from "@/lib/auth/guards";
import { createSubscriberAdmin, type ImportResult } from "@/lib/newsletter/admin";

export type ImportState = ImportResult | { ok: null };

const MAX_BYTES = 10 * 1024 * 1024;

export async function importSubscribers(_previous: ImportState, formData: FormData): Promise<ImportState> {
  await requireAdmin();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, error: "Choose a CSV file to import." };
  if (file.size > MAX_BYTES) return { ok: false, error: "The file is larger than 10 MB." };
  const result = await createSubscriberAdmin(getDb()).importCsv(await file.text(), new Date());
  if (result.ok) revalidatePath("/admin/subscribers");
  return result;
}
