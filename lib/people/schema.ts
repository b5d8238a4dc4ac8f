import { z } from "zod";
import { PEOPLE_FILTERS } from "./filters";

/** /admin/people?q=&filter=&page=: anything unknown falls back to "everyone, page 1". */
export const peopleQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  filter: z.enum(PEOPLE_FILTERS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export const personIdSchema = z.uuid();

export const personNoteSchema = z.object({
  personId: z.uuid(),
  body: z.string().trim().min(1, "Write the note first.").max(5000, "Keep a note under 5,000 characters."),
});

/** The coach types the address again: erasing cannot be undone, so one click must not do it. */
export const coachErasureSchema = z.object({
  personId: z.uuid(),
  confirm: z.string().trim().toLowerCase().min(1, "Type the address to confirm.").max(320),
});
