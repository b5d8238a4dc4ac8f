"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db/client";
import { requireAdmin } from "@/lib/auth/guards";
import { cacheTags } from "@/lib/cache/tags";
import { bookingSettingsSchema, intakeQuestionSchema, overrideSchema } from "@/lib/booking/availability-schema";
import { createAvailabilityService } from "@/lib/booking/availability-service";
import { parseIntervals, type MinuteInterval } from "@/lib/booking/intervals";

export interface FormState {
  errors?: Record<string, string>;
  saved?: boolean;
}

const service = () => createAvailabilityService(getDb());
const done = (): FormState => {
  updateTag(cacheTags.availability);
  revalidatePath("/admin/availability");
  revalidatePath("/consultation");
  return { saved: true };
};
const issuesToErrors = (issues: z.core.$ZodIssue[]) => {
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
};

export async function saveSettings(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const parsed = bookingSettingsSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues) };
  await service().saveSettings(parsed.data);
  return done();
}

export async function saveWeek(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const week: Record<number, MinuteInterval[]> = {};
  const errors: Record<string, string> = {};
  for (let weekday = 0; weekday < 7; weekday += 1) {
    const parsed = parseIntervals(String(formData.get(`day-${weekday}`) ?? ""));
    if (parsed.ok) week[weekday] = parsed.intervals;
    else errors[`day-${weekday}`] = parsed.error;
  }
  if (Object.keys(errors).length) return { errors };
  await service().replaceWeek(week);
  return done();
}

export async function addOverride(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const parsed = overrideSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues) };
  const { date, kind, from, to, note } = parsed.data;
  if (kind === "day-off") {
    await service().addOverride({ date, kind: "unavailable", startMinute: null, endMinute: null, note });
    return done();
  }
  const range = parseIntervals(`${from}-${to}`);
  if (!range.ok || range.intervals.length !== 1) return { errors: { from: range.ok ? "Give one time range." : range.error } };
  await service().addOverride({ date, kind, ...range.intervals[0]!, note });
  return done();
}

export async function removeOverride(formData: FormData) {
  await requireAdmin();
  const id = z.uuid().safeParse(formData.get("id"));
  if (id.success) await service().removeOverride(id.data);
  done();
}

export async function saveQuestion(_previous: FormState, formData: FormData): Promise<FormState> {
  await requireAdmin();
  const parsed = intakeQuestionSchema.safeParse({
    label: formData.get("label"),
    kind: formData.get("kind"),
    options: formData.get("options") ?? "",
    required: formData.get("required") === "on",
  });
  if (!parsed.success) return { errors: issuesToErrors(parsed.error.issues) };
  const id = formData.get("id");
  if (id) {
    const valid = z.uuid().safeParse(id);
    if (!valid.success) return { errors: { form: "This question does not exist any more." } };
    await service().updateQuestion(valid.data, parsed.data);
  } else {
    await service().addQuestion(parsed.data);
  }
  return done();
}

export async function removeQuestion(formData: FormData) {
  await requireAdmin();
  const id = z.uuid().safeParse(formData.get("id"));
  if (id.success) await service().removeQuestion(id.data);
  done();
}
