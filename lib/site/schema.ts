import { z } from "zod";
import { cleanText, personName } from "@/lib/platform/validation/text";
import { isIanaTimeZone } from "./timezones";

const required = (label: string, max: number, multiline = false) =>
  cleanText({ multiline })
    .trim()
    .min(1, `Add ${label}.`)
    .max(max, `Keep ${label} under ${max.toLocaleString("en-US")} characters.`);

export const coachProfileInputSchema = z.object({
  name: personName({ blankMessage: "Add your name.", max: 80, maxMessage: "Keep your name under 80 characters." }),
  headline: required("a headline", 120),
  shortBio: required("a short bio", 400, true),
  longBio: required("a longer bio", 5000, true),
  timezone: z.string().refine(isIanaTimeZone, "Pick a timezone from the list."),
  contactEmail: z.string().trim().toLowerCase().pipe(z.email("Enter an email address like you@example.com.")),
  portraitAlt: cleanText()
    .trim()
    .max(200, "Keep the description under 200 characters.")
    .nullish()
    .transform((value) => value || null),
  /** A checked box sends "on"; no box sends nothing. */
  removePortrait: z.preprocess((value) => value === "on" || value === true, z.boolean()),
});

export const PORTRAIT_ALT_MISSING = "Describe your portrait for people who cannot see it, e.g. “Mira smiling on a garden bench”.";

export type CoachProfileInput = z.infer<typeof coachProfileInputSchema>;
export type CoachProfileField = keyof CoachProfileInput;
