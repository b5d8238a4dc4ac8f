"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireAdmin } from "@/app/_auth/guards";
import { services } from "@/lib/composition/web";
import { commandAction, formAction } from "@/lib/platform/forms/action";
import { cleanText } from "@/lib/platform/validation/text";

const id = z.uuid();

export const saveBookingNotes = commandAction({
  guard: requireAdmin,
  schema: z.object({ id, notes: cleanText({ multiline: true }).max(5000).default("") }),
  async run({ id: bookingId, notes }) {
    await (await services()).booking.saveNotes(bookingId, notes);
    revalidatePath("/admin/bookings", "layout");
  },
});

export const markNoShow = commandAction({
  guard: requireAdmin,
  schema: z.object({ id, noShow: z.enum(["true", "false"]) }),
  async run({ id: bookingId, noShow }) {
    await (await services()).booking.setNoShow(bookingId, noShow === "true");
    revalidatePath("/admin/bookings", "layout");
  },
});

const note = cleanText({ multiline: true }).trim().max(1000, "Keep the note under 1,000 characters.").default("").transform((value) => value || null);

/** The coach moves a booking; the visitor gets the updated invite and the note. */
export const moveAsCoach = formAction({
  guard: requireAdmin,
  schema: z.object({
    id,
    start: z.iso.datetime({ offset: true, error: "Choose the new time from the list." }).transform((value) => new Date(value)),
    message: note,
  }),
  async run({ id: bookingId, start, message }, { values }) {
    const result = await (await services()).booking.moveByCoach(bookingId, start, message);
    if (!result.ok) return { values, errors: { form: result.message } };
    revalidatePath("/admin/bookings", "layout");
    // The call's own page says where it went and links to its (maybe other) week.
    redirect(`/admin/bookings/${bookingId}?moved`);
  },
});

/** The coach asks the visitor to choose another time from their own link. */
export const askToReschedule = formAction({
  guard: requireAdmin,
  schema: z.object({ id, message: note }),
  async run({ id: bookingId, message }, { values }) {
    const result = await (await services()).booking.askToReschedule(bookingId, message);
    if (!result.ok) return { values, errors: { form: result.message } };
    revalidatePath("/admin/bookings", "layout");
    return { savedAt: new Date().toISOString() };
  },
});

export const cancelAsCoach = commandAction({
  guard: requireAdmin,
  schema: z.object({ id, message: cleanText({ multiline: true }).trim().max(1000).default("").transform((value) => value || null) }),
  async run({ id: bookingId, message }) {
    await (await services()).booking.cancelByCoach(bookingId, message);
    revalidatePath("/admin/bookings", "layout");
  },
});
