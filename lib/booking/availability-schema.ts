import { LOCATION_KINDS } from "./call-location";
import { z } from "zod";
import { cleanText } from "@/lib/platform/validation/text";
import { parseIntervals, type MinuteInterval } from "./intervals";

/** "09:00-12:00, 14:00-17:00" read into intervals, each problem in words (see parseIntervals). */
const intervalsText = z
  .string()
  .max(500)
  .default("")
  .transform((text, context): MinuteInterval[] => {
    const parsed = parseIntervals(text);
    if (parsed.ok) return parsed.intervals;
    context.addIssue({ code: "custom", message: parsed.error });
    return z.NEVER;
  });

/** The weekly hours form: one field per weekday, `day-0` (Sunday) to `day-6`. */
export const weekSchema = z
  .object(Object.fromEntries(Array.from({ length: 7 }, (_, weekday) => [`day-${weekday}`, intervalsText])) as Record<`day-${number}`, typeof intervalsText>)
  .transform((days) => Object.fromEntries(Object.entries(days).map(([key, intervals]) => [Number(key.slice(4)), intervals])) as Record<number, MinuteInterval[]>);

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

const httpsUrl = (value: string) => {
  try {
    const url = new URL(value);
    return url.protocol === "https:" && Boolean(url.hostname);
  } catch {
    return false;
  }
};

export const bookingSettingsSchema = z
  .object({
  slotMinutes: wholeNumber("Call length", 10, 240),
  bufferBeforeMinutes: wholeNumber("Buffer before", 0, 240),
  bufferAfterMinutes: wholeNumber("Buffer after", 0, 240),
  minNoticeHours: wholeNumber("Minimum notice", 0, 24 * 14),
  horizonDays: wholeNumber("Booking horizon", 1, 365),
  dailyCap: z.preprocess((value) => (value === "" || value === null ? null : value), wholeNumber("Daily limit", 1, 48).nullable()),
  cancelCutoffHours: wholeNumber("Cancellation cut-off", 0, 24 * 14),
  locationKind: z.enum(LOCATION_KINDS, { error: "Choose where the call happens." }),
  location: cleanText().trim().max(500, "Keep the location under 500 characters."),
  })
  .superRefine((settings, context) => {
    const problem = (message: string) => context.addIssue({ code: "custom", path: ["location"], message });
    if (settings.locationKind === "link" && settings.location && !httpsUrl(settings.location)) problem("Paste your meeting link, starting with https:// (or leave it empty and send it yourself).");
    if (settings.locationKind === "video-room" && settings.location && !httpsUrl(settings.location)) problem("The video host is an https:// address, such as https://meet.jit.si, or leave it empty for that one.");
    if (settings.locationKind === "phone" && !settings.location) problem("Say how the phone call happens, for example: I will call you on the number in your answers.");
    if (settings.locationKind === "address" && !settings.location) problem("Write the address where you meet.");
  });

/** A date that differs: a whole day off, or one time range closed or opened on that date. */
export const overrideSchema = z
  .object({
    date: z.iso.date("Choose a date."),
    kind: z.enum(["day-off", "unavailable", "extra"]),
    from: z.string().max(10).optional(),
    to: z.string().max(10).optional(),
    note: cleanText().trim().max(200).default(""),
  })
  .transform((value, context) => {
    if (value.kind === "day-off") return { date: value.date, kind: "unavailable" as const, startMinute: null, endMinute: null, note: value.note };
    if (!value.from || !value.to) {
      context.addIssue({ code: "custom", message: "Give the start and end time.", path: ["from"] });
      return z.NEVER;
    }
    const range = parseIntervals(`${value.from}-${value.to}`);
    if (!range.ok || range.intervals.length !== 1) {
      context.addIssue({ code: "custom", message: range.ok ? "Give one time range." : range.error, path: ["from"] });
      return z.NEVER;
    }
    return { date: value.date, kind: value.kind, ...range.intervals[0]!, note: value.note };
  });

export const intakeQuestionSchema = z
  .object({
    label: cleanText().trim().min(1, "Write the question.").max(300, "Keep the question under 300 characters."),
    kind: z.enum(["short_text", "long_text", "single_choice"]),
    options: cleanText({ multiline: true })
      .max(5_000)
      .default("")
      .transform((value) => value.split("\n").map((option) => option.trim()).filter(Boolean)),
    required: z.boolean(),
  })
  .refine((question) => question.kind !== "single_choice" || question.options.length >= 2, {
    message: "A single-choice question needs at least two options, one per line.",
    path: ["options"],
  });
