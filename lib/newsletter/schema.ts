import { z } from "zod";
import { cleanText } from "@/lib/platform/validation/text";
import { pageCursorSchema } from "@/lib/platform/validation/page-cursor";
import { SUBSCRIBER_STATUSES } from "./queries";

export const CONSENT_TEXT = "Yes, send me the newsletter: one gentle routine and a few honest words, about once a month. I can leave with one click.";

export const subscribeSchema = z.object({
  email: z.string({ error: "Enter your email address." }).max(320, "That address is too long.").trim().toLowerCase().max(254).pipe(z.email("Enter an email address like name@example.com.")),
  firstName: cleanText()
    .trim()
    .max(60, "Keep your first name under 60 characters.")
    .optional()
    .transform((value) => value || null),
  source: z
    .string()
    .trim()
    .max(200)
    .regex(/^\/[\w\-/?=&.%]*$/, "source must be a path on this site")
    .optional()
    .transform((value) => value || "/newsletter"),
  /** A field people never see; bots fill it. */
  website: z.string().optional(),
});

export type SubscribeInput = z.infer<typeof subscribeSchema>;

/** The subscribers page's filters, from its query string; anything unreadable is simply no filter. */
export const subscriberFiltersSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(SUBSCRIBER_STATUSES).optional().catch(undefined),
  source: z.string().trim().max(200).optional().catch(undefined),
});

/** Where the page starts, from `?after=` (older rows) or `?before=` (newer rows); none is the first page. */
export const subscriberCursorSchema = z
  .object({ after: pageCursorSchema, before: pageCursorSchema })
  .transform(({ after, before }) =>
    after ? { signedUpAt: after.at, id: after.id, direction: "after" as const } : before ? { signedUpAt: before.at, id: before.id, direction: "before" as const } : undefined,
  );
