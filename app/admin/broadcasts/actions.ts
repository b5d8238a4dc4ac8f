"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { commandAction, formAction, type FormState } from "@/lib/platform/forms/action";
import { broadcastInputSchema } from "@/lib/newsletter/broadcast-schema";
import { followUpSchema, welcomeSchema } from "@/lib/newsletter/settings";
import { wallClockToInstant } from "@/lib/platform/time/zones";

const id = z.uuid();

/** The letter form: its routine cards arrive as repeated `routineSlugs` fields. */
function readLetter(form: FormData) {
  return {
    id: String(form.get("id") ?? "") || null,
    subject: String(form.get("subject") ?? ""),
    preheader: String(form.get("preheader") ?? ""),
    body: String(form.get("body") ?? ""),
    routineSlugs: form.getAll("routineSlugs").map(String),
    audienceSource: String(form.get("audienceSource") ?? "") || null,
  };
}

export const saveBroadcast = formAction({
  guard: requireAdmin,
  schema: broadcastInputSchema.extend({ id: id.nullable() }),
  read: readLetter,
  async run({ id: existing, ...letter }, { values }): Promise<FormState> {
    const result = await (await services()).broadcasts.save(existing, letter);
    if (!result.ok) return { values, errors: result.errors };
    revalidatePath("/admin/broadcasts");
    if (!existing) redirect(`/admin/broadcasts/${result.id}`);
    revalidatePath(`/admin/broadcasts/${result.id}`);
    return { values, savedAt: new Date().toISOString() };
  },
});

function back(broadcastId: string, query: Record<string, string>): never {
  redirect(`/admin/broadcasts/${broadcastId}?${new URLSearchParams(query)}`);
}

export const sendTestBroadcast = commandAction({
  guard: requireAdmin,
  schema: z.object({ id }),
  async run({ id: broadcastId }, { user }) {
    const sent = await (await services()).broadcasts.sendTest(broadcastId, user.email);
    back(broadcastId, sent ? { notice: `A test copy is on its way to ${user.email}.` } : { error: "This letter does not exist any more." });
  },
});

export const sendBroadcastNow = commandAction({
  guard: requireAdmin,
  schema: z.object({ id }),
  async run({ id: broadcastId }) {
    const result = await (await services()).broadcasts.schedule(broadcastId, null);
    revalidatePath("/admin/broadcasts");
    back(broadcastId, result.ok ? { notice: "Sending has started. This page shows the progress." } : { error: result.error });
  },
});

export const scheduleBroadcast = commandAction({
  guard: requireAdmin,
  schema: z.object({ id, when: z.string().max(40).default("") }),
  async run({ id: broadcastId, when }) {
    const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(when);
    const { broadcasts, site } = await services();
    const zone = (await site.profile())?.timezone ?? "UTC";
    const at = match ? wallClockToInstant(match[1]!, Number(match[2]) * 60 + Number(match[3]), zone) : null;
    if (!at) back(broadcastId, { error: "Pick a date and a time to send it." });
    const result = await broadcasts.schedule(broadcastId, at);
    revalidatePath("/admin/broadcasts");
    back(broadcastId, result.ok ? { notice: `Scheduled for ${when.replace("T", " ")} (${zone}).` } : { error: result.error });
  },
});

export const cancelScheduledBroadcast = commandAction({
  guard: requireAdmin,
  schema: z.object({ id }),
  async run({ id: broadcastId }) {
    const cancelled = await (await services()).broadcasts.cancelSchedule(broadcastId);
    revalidatePath("/admin/broadcasts");
    back(broadcastId, cancelled ? { notice: "Back to draft; nothing will be sent." } : { error: "It is already sending or sent." });
  },
});

/** A draft the coach no longer wants; the list says which one went. */
export const deleteDraftBroadcast = commandAction({
  guard: requireAdmin,
  schema: z.object({ id }),
  async run({ id: broadcastId }) {
    const deleted = await (await services()).broadcasts.deleteDraft(broadcastId);
    revalidatePath("/admin/broadcasts");
    if (!deleted) back(broadcastId, { error: "Only a draft can be deleted. Cancel the schedule first; a sent letter stays in the archive." });
    redirect(`/admin/broadcasts?${new URLSearchParams({ notice: `Deleted the draft “${deleted.subject.slice(0, 120)}”.` })}`);
  },
});

/** After sending stopped (repeated failures): try again from the first copy not yet sent. */
export const resumeBroadcast = commandAction({
  guard: requireAdmin,
  schema: z.object({ id }),
  async run({ id: broadcastId }) {
    const resumed = await (await services()).broadcasts.resume(broadcastId);
    revalidatePath("/admin/broadcasts");
    back(broadcastId, resumed ? { notice: "Sending again. This page shows the progress." } : { error: "This letter is not stopped." });
  },
});

/** A letter of the welcome sequence (day 3, day 7 …), for readers who confirm from now on. */
export const addFollowUp = formAction({
  guard: requireAdmin,
  schema: followUpSchema,
  async run(letter): Promise<FormState> {
    await (await services()).newsletter.addFollowUp(letter);
    revalidatePath("/admin/broadcasts");
    return { savedAt: new Date().toISOString() };
  },
});

export const removeFollowUp = commandAction({
  guard: requireAdmin,
  schema: z.object({ id: z.uuid() }),
  async run({ id }) {
    await (await services()).newsletter.removeFollowUp(id);
    revalidatePath("/admin/broadcasts");
  },
});

export const saveWelcomeEmail = formAction({
  guard: requireAdmin,
  schema: welcomeSchema,
  async run(welcome, { values }): Promise<FormState> {
    await (await services()).newsletter.saveWelcome(welcome);
    return { values, savedAt: new Date().toISOString() };
  },
});
