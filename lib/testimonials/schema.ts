import { z } from "zod";
import { cleanText } from "@/lib/platform/validation/text";

export const TESTIMONIAL_PLACES = ["home", "course", "consultation"] as const;
export type TestimonialPlace = (typeof TESTIMONIAL_PLACES)[number];

export const PLACE_LABELS: Record<TestimonialPlace, string> = {
  home: "Home page",
  course: "Course page",
  consultation: "Consultation page",
};

export const PHOTO_ALT_MISSING = "Describe the photo for people who cannot see it, e.g. “Sam smiling outdoors”.";

/** A form's checkboxes arrive as repeated fields, one per ticked box, or not at all. */
const places = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.enum(TESTIMONIAL_PLACES, { error: "Choose where to show it from the list." })).min(1, "Choose at least one page to show it on."),
);

export const testimonialInputSchema = z.object({
  quote: cleanText({ multiline: true }).trim().min(1, "Write what they said.").max(600, "Keep the quote under 600 characters: the heart of it reads best."),
  name: cleanText().trim().min(1, "Add their name, or first name and initial.").max(80, "Keep the name under 80 characters."),
  detail: cleanText()
    .trim()
    .max(80, "Keep this under 80 characters.")
    .optional()
    .transform((value) => value || null),
  photoAlt: cleanText()
    .trim()
    .max(200, "Keep the description under 200 characters.")
    .optional()
    .transform((value) => value || null),
  removePhoto: z.preprocess((value) => value === "on" || value === true, z.boolean()),
  places,
  position: z.coerce.number().int("Use a whole number.").min(0, "Use 0 or more.").max(999, "Use a number up to 999.").default(0),
});

export type TestimonialInput = z.infer<typeof testimonialInputSchema>;
