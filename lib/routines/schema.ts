import { z } from "zod";
import { STORAGE_KEY } from "@/lib/platform/storage/storage";
import { cleanText } from "@/lib/platform/validation/text";
import { BODY_AREAS, DIFFICULTIES, EQUIPMENT, PUBLICATION_STATUSES, SIDES } from "./taxonomy";

export const MAX_STEPS = 40;

export const slugSchema = z
  .string()
  .trim()
  .min(1, "Add a slug: it becomes the page address.")
  .max(80, "Keep the slug under 80 characters.")
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Use lower-case letters, digits and single hyphens, like tennis-ball-foot-release.");

/** Alt text: what a picture shows, for someone who cannot see it. Blank is null. */
const altText = cleanText()
  .trim()
  .max(200, "Keep the description under 200 characters.")
  .nullish()
  .transform((value) => value || null);

export const ALT_MISSING = "Describe what the picture shows, for people who cannot see it.";

export const routineStepSchema = z
  .object({
    instruction: cleanText({ multiline: true })
      .trim()
      .min(1, "Write what to do in this step.")
      .max(500, "Keep each instruction under 500 characters."),
    durationSeconds: z
      .number()
      .int("Use whole seconds.")
      .positive("Seconds must be more than zero.")
      .max(3600, "A single step can last an hour at most.")
      .nullable(),
    repetitions: z
      .number()
      .int("Use a whole number of repetitions.")
      .positive("Repetitions must be more than zero.")
      .max(500, "500 repetitions at most.")
      .nullable(),
    side: z.enum(SIDES),
    /** What the player's voice says instead of the instruction; blank means "read the instruction". */
    spokenCue: cleanText()
      .trim()
      .max(200, "Keep the spoken cue under 200 characters: it is said aloud while someone moves.")
      .nullish()
      .transform((value) => value || null),
    /** A picture or video already stored for this step; a new file comes beside the payload. */
    mediaKey: z.string().regex(STORAGE_KEY, "This step's picture is not one of ours.").nullish().transform((value) => value ?? null),
    mediaAlt: altText,
  })
  .refine((step) => (step.durationSeconds === null) !== (step.repetitions === null), {
    message: "Give this step either seconds or repetitions, not both.",
    path: ["durationSeconds"],
  });

export const routineInputSchema = z.object({
  slug: slugSchema,
  title: cleanText().trim().min(1, "Add a title.").max(120, "Keep the title under 120 characters."),
  summary: cleanText().trim().min(1, "Add a one-line summary.").max(300, "Keep the summary under 300 characters."),
  bodyAreas: z.array(z.enum(BODY_AREAS)).min(1, "Pick at least one body area."),
  equipment: z.array(z.enum(EQUIPMENT)),
  difficulty: z.enum(DIFFICULTIES),
  whyItWorks: cleanText({ multiline: true }).trim().max(5000, "Keep this under 5,000 characters."),
  cautions: cleanText({ multiline: true }).trim().max(5000, "Keep this under 5,000 characters."),
  status: z.enum(PUBLICATION_STATUSES),
  imageAlt: altText,
  /** Take the cover picture away (a new upload replaces it anyway). */
  removeImage: z.boolean().optional().transform((value) => value ?? false),
  steps: z
    .array(routineStepSchema)
    .min(1, "Add at least one step.")
    .max(MAX_STEPS, `A routine can have ${MAX_STEPS} steps at most.`),
});

export type RoutineInput = z.infer<typeof routineInputSchema>;
/** What a form or the seed may send before parsing: alt texts, spoken cues and media optional. */
export type RoutineDraft = z.input<typeof routineInputSchema>;
export type RoutineStepInput = z.infer<typeof routineStepSchema>;
