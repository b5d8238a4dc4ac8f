import { z } from "zod";

const wholeNumber = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${label} must be a number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(max, `${label} must be at most ${max}.`);

export const bookingSettingsSchema = z.object({
  slotMinutes: wholeNumber("Call length", 10, 240),
  bufferBeforeMinutes: wholeNumber("Buffer before", 0, 240),
  bufferAfterMinutes: wholeNumber("Buffer after", 0, 240),
  minNoticeHours: wholeNumber("Minimum notice", 0, 24 * 14),
  horizonDays: wholeNumber("Booking horizon", 1, 365),
  dailyCap: z.preprocess((value) => (value === "" || value === null ? null : value), wholeNumber("Daily limit", 1, 48).nullable()),
  cancelCutoffHours: wholeNumber("Cancellation cut-off", 0, 24 * 14),
  location: z.string().trim().max(500, "Keep the location under 500 characters."),
});

export const overrideSchema = z
  .object({
    date: z.iso.date("Choose a date."),
    kind: z.enum(["day-off", "unavailable", "extra"]),
    from: z.string().optional(),
    to: z.string().optional(),
    note: z.string().trim().max(200).default(""),
  })
  .refine((value) => value.kind === "day-off" || (value.from && value.to), { message: "Give the start and end time.", path: ["from"] });

export const intakeQuestionSchema = z
  .object({
    label: z.string().trim().min(1, "Write the question.").max(300, "Keep the question under 300 characters."),
    kind: z.enum(["short_text", "long_text", "single_choice"]),
    options: z
      .string()
      .default("")
      .transform((value) => value.split("\n").map((option) => option.trim()).filter(Boolean)),
    required: z.boolean(),
  })
  .refine((question) => question.kind !== "single_choice" || question.options.length >= 2, {
    message: "A single-choice question needs at least two options, one per line.",
    path: ["options"],
  });
