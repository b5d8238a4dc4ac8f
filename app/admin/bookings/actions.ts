"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { getBookingService } from "@/lib/composition/web";

const id = z.uuid();

export async function saveBookingNotes(formData: FormData) {
  await requireAdmin();
  const parsed = z.object({ id, notes: z.string().max(5000) }).safeParse({ id: formData.get("id"), notes: formData.get("notes") ?? "" });
  if (!parsed.success) return;
  await (await getBookingService()).saveNotes(parsed.data.id, parsed.data.notes);
  revalidatePath("/admin/bookings");
}

export async function markNoShow(formData: FormData) {
  await requireAdmin();
  const parsed = z.object({ id, noShow: z.enum(["true", "false"]) }).safeParse({ id: formData.get("id"), noShow: formData.get("noShow") });
  if (!parsed.success) return;
  await (await getBookingService()).setNoShow(parsed.data.id, parsed.data.noShow === "true");
  revalidatePath("/admin/bookings");
}

export async function cancelAsCoach(formData: FormData) {
  await requireAdmin();
  const parsed = z
    .object({ id, message: z.string().trim().max(1000).transform((value) => value || null) })
    .safeParse({ id: formData.get("id"), message: formData.get("message") ?? "" });
  if (!parsed.success) return;
  await (await getBookingService()).cancelByCoach(parsed.data.id, parsed.data.message);
  revalidatePath("/admin/bookings");
}
