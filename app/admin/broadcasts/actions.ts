"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireAdmin } from "@/lib/auth/guards";
import { wallClockToInstant } from "@/lib/booking/slots";
import { saveWelcome } from "@/lib/newsletter/settings";
import { getBroadcastService } from "@/lib/composition/web";
import { findCoachProfile } from "@/lib/site/queries";

export interface BroadcastFormState {
  errors?: Record<string, string>;
  savedAt?: string;
}

const id = z.uuid();

function formInput(formData: FormData) {
  return {
    subject: String(formData.get("subject") ?? ""),
    preheader: String(formData.get("preheader") ?? ""),
    body: String(formData.get("body") ?? ""),
    routineSlugs: formData.getAll("routineSlugs").map(String),
    audienceSource: String(formData.get("audienceSource") ?? "") || null,
  };
}

export async function saveBroadcast(_previous: BroadcastFormState, formData: FormData): Promise<BroadcastFormState> {
  await requireAdmin();
  const existing = formData.get("id") ? id.safeParse(formData.get("id")) : null;
  if (existing && !existing.success) return { errors: { form: "This letter does not exist any more." } };
  const result = await (await getBroadcastService()).save(existing?.data ?? null, formInput(formData));
  if (!result.ok) return { errors: result.errors };
  revalidatePath("/admin/broadcasts");
  if (!existing) redirect(`/admin/broadcasts/${result.id}`);
  revalidatePath(`/admin/broadcasts/${result.id}`);
  return { savedAt: new Date().toISOString() };
}

function back(broadcastId: string, query: Record<string, string>): never {
  redirect(`/admin/broadcasts/${broadcastId}?${new URLSearchParams(query)}`);
}

export async function sendTestBroadcast(formData: FormData) {
  const admin = await requireAdmin();
  const broadcastId = id.parse(formData.get("id"));
  const sent = await (await getBroadcastService()).sendTest(broadcastId, admin.email);
  back(broadcastId, sent ? { notice: `A test copy is on its way to ${admin.email}.` } : { error: "This letter does not exist any more." });
}

export async function sendBroadcastNow(formData: FormData) {
  await requireAdmin();
  const broadcastId = id.parse(formData.get("id"));
  const result = await (await getBroadcastService()).schedule(broadcastId, null);
  revalidatePath("/admin/broadcasts");
  back(broadcastId, result.ok ? { notice: "Sending has started. This page shows the progress." } : { error: result.error });
}

export async function scheduleBroadcast(formData: FormData) {
  await requireAdmin();
  const broadcastId = id.parse(formData.get("id"));
  const when = String(formData.get("when") ?? "");
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(when);
  const zone = (await findCoachProfile(getDb()))?.timezone ?? "UTC";
  const at = match ? wallClockToInstant(match[1]!, Number(match[2]) * 60 + Number(match[3]), zone) : null;
  if (!at) back(broadcastId, { error: "Pick a date and a time to send it." });
  const result = await (await getBroadcastService()).schedule(broadcastId, at);
  revalidatePath("/admin/broadcasts");
  back(broadcastId, result.ok ? { notice: `Scheduled for ${when.replace("T", " ")} (${zone}).` } : { error: result.error });
}

export async function cancelScheduledBroadcast(formData: FormData) {
  await requireAdmin();
  const broadcastId = id.parse(formData.get("id"));
  const cancelled = await (await getBroadcastService()).cancelSchedule(broadcastId);
  revalidatePath("/admin/broadcasts");
  back(broadcastId, cancelled ? { notice: "Back to draft; nothing will be sent." } : { error: "It is already sending or sent." });
}

/** After sending stopped (repeated failures): try again from the first copy not yet sent. */
export async function resumeBroadcast(formData: FormData) {
  await requireAdmin();
  const broadcastId = id.parse(formData.get("id"));
  const resumed = await (await getBroadcastService()).resume(broadcastId);
  revalidatePath("/admin/broadcasts");
  back(broadcastId, resumed ? { notice: "Sending again. This page shows the progress." } : { error: "This letter is not stopped." });
}

export interface WelcomeFormState {
  errors?: Record<string, string>;
  savedAt?: string;
}

export async function saveWelcomeEmail(_previous: WelcomeFormState, formData: FormData): Promise<WelcomeFormState> {
  await requireAdmin();
  const result = await saveWelcome(getDb(), { subject: formData.get("subject"), body: formData.get("body") });
  if (!result.ok) return { errors: result.errors };
  return { savedAt: new Date().toISOString() };
}
