import { z } from "zod";
import { cleanText } from "@/lib/platform/validation/text";
import { calendarUrl } from "./fetch-calendar";

/** A calendar the coach adds on /admin/availability: a name for it and its secret address. */
export const addCalendarSchema = z.object({
  label: cleanText()
    .trim()
    .min(1, "Give the calendar a name, for example “Personal”.")
    .max(80, "Keep the name under 80 characters."),
  address: cleanText()
    .trim()
    .min(1, "Paste the calendar’s secret address (it ends in .ics or starts with webcal://).")
    .max(2000, "That address is longer than any calendar address; check what was pasted.")
    .transform((value, context) => {
      const url = calendarUrl(value);
      if (url && url.hostname) return url.toString();
      context.addIssue({ code: "custom", message: "The address must start with https://, http:// or webcal://." });
      return z.NEVER;
    }),
});

export type NewCalendar = z.infer<typeof addCalendarSchema>;
