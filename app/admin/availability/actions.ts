"use server";

import { revalidatePath, updateTag } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { addCalendarSchema } from "@/lib/calendars/schema";
import { bookingSettingsSchema, intakeQuestionSchema, overrideSchema, weekSchema } from "@/lib/booking/availability-schema";
import { cacheTags } from "@/lib/platform/cache/tags";
import { services } from "@/lib/composition/web";
import { commandAction, formAction, formValues, type FormState } from "@/lib/platform/forms/action";

/** Every change of the opening hours reaches the booking page at once. */
function saved(values?: Record<string, string>): FormState {
  updateTag(cacheTags.availability);
  revalidatePath("/admin/availability");
  revalidatePath("/consultation");
  return { values, savedAt: new Date().toISOString() };
}

const availability = async () => (await services()).availability;

export const saveSettings = formAction({
  guard: requireAdmin,
  schema: bookingSettingsSchema,
  async run(settings, { values }) {
    await (await availability()).saveSettings(settings);
    return saved(values);
  },
});

export const saveWeek = formAction({
  guard: requireAdmin,
  schema: weekSchema,
  async run(week, { values }) {
    await (await availability()).replaceWeek(week);
    return saved(values);
  },
});

export const addOverride = formAction({
  guard: requireAdmin,
  schema: overrideSchema,
  async run(override) {
    await (await availability()).addOverride(override);
    return saved();
  },
});

export const removeOverride = commandAction({
  guard: requireAdmin,
  schema: z.object({ id: z.uuid() }),
  async run({ id }) {
    await (await availability()).removeOverride(id);
    saved();
  },
});

export const saveQuestion = formAction({
  guard: requireAdmin,
  schema: intakeQuestionSchema.and(z.object({ id: z.string().default("").refine((value) => value === "" || z.uuid().safeParse(value).success, "This question does not exist any more.") })),
  read: (form) => ({ ...formValues(form), required: form.get("required") === "on" }),
  async run({ id, ...question }, { values }) {
    const service = await availability();
    if (id) await service.updateQuestion(id, question);
    else await service.addQuestion(question);
    return saved(values);
  },
});

export const removeQuestion = commandAction({
  guard: requireAdmin,
  schema: z.object({ id: z.uuid() }),
  async run({ id }) {
    await (await availability()).removeQuestion(id);
    saved();
  },
});

/** Another calendar whose busy times close slots: added, read again now, or removed. */
export const addCalendar = formAction({
  guard: requireAdmin,
  schema: addCalendarSchema,
  async run(calendar, { values }) {
    const added = await (await services()).calendars.add(calendar);
    if (!added.ok) return { values, errors: added.errors };
    revalidatePath("/admin/availability");
    return { savedAt: new Date().toISOString() };
  },
});

export const readCalendarNow = commandAction({
  guard: requireAdmin,
  schema: z.object({ id: z.uuid() }),
  async run({ id }) {
    await (await services()).calendars.readSoon(id);
    revalidatePath("/admin/availability");
  },
});

export const removeCalendar = commandAction({
  guard: requireAdmin,
  schema: z.object({ id: z.uuid() }),
  async run({ id }) {
    await (await services()).calendars.remove(id);
    updateTag(cacheTags.bookings);
    revalidatePath("/admin/availability");
  },
});

/** The coach's private calendar feed: on, a new address (the old one stops working), or off. */
export const renewCalendarFeed = commandAction({
  guard: requireAdmin,
  schema: z.object({}),
  async run() {
    await (await services()).booking.renewCalendarFeed();
    revalidatePath("/admin/availability");
  },
});

export const stopCalendarFeed = commandAction({
  guard: requireAdmin,
  schema: z.object({}),
  async run() {
    await (await services()).booking.stopCalendarFeed();
    revalidatePath("/admin/availability");
  },
});
