import { z } from "zod";
import { slugify } from "@/lib/platform/text/slug";
import { cleanText } from "@/lib/platform/validation/text";

export const broadcastInputSchema = z.object({
  subject: cleanText().trim().min(1, "Write a subject line.").max(150, "Keep the subject under 150 characters."),
  preheader: cleanText().trim().max(150, "Keep the preview line under 150 characters."),
  body: cleanText({ multiline: true }).trim().min(1, "Write the letter itself.").max(50_000, "Keep a letter under 50,000 characters."),
  routineSlugs: z.array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)).max(4, "Pick at most four routines."),
  /** Empty: everyone confirmed. */
  audienceSource: z.string().trim().max(200).nullable().transform((value) => value || null),
});

export type BroadcastInput = z.infer<typeof broadcastInputSchema>;

/** "two-tennis-balls-2026-11" from the subject and the month it went out; the caller makes it unique. */
export function archiveSlug(subject: string, sentAt: Date): string {
  return `${slugify(subject, 60) || "letter"}-${sentAt.toISOString().slice(0, 7)}`;
}
