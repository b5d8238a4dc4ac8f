"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireAdmin } from "@/lib/auth/guards";
import { services } from "@/lib/composition/web";
import { commandAction } from "@/lib/forms/action";
import { cleanText } from "@/lib/validation/text";

const id = z.uuid();

export const saveBookingNotes = commandAction({
  guard: requireAdmin,
  schema: z.object({ id, notes: cleanText({ multiline: true }).max(5000).default("") }),
  async run({ id: bookingId, notes }) {
    await (await services()).booking.saveNotes(bookingId, notes);
    revalidatePath("/admin/bookings");
  },
});

export const markNoShow = commandAction({
  guard: requireAdmin,
  schema: z.object({ id, noShow: z.enum(["true", "false"]) }),
  async run({ id: bookingId, noShow }) {
    await (await services()).booking.setNoShow(bookingId, noShow === "true");
    revalidatePath("/admin/bookings");
  },
});

export const cancelAsCoach = commandAction({
  guard: requireAdmin,
  schema: z.object({ id, message: cleanText({ multiline: true }).trim().max(1000).default("").transform((value) => value || null) }),
  async run({ id: bookingId, message }) {
    await (await services()).booking.cancelByCoach(bookingId, message);
    revalidatePath("/admin/bookings");
  },
});
