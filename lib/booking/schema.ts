import { z } from "zod";
import { isIanaTimeZone } from "@/lib/site/timezones";
import { HOUR_CYCLES } from "./clock";
import { cleanText, personName } from "@/lib/platform/validation/text";
import { saneDateTime } from "@/lib/platform/validation/instants";

export const bookingRequestSchema = z.object({
  start: saneDateTime("Choose a time from the list."),
  name: personName({ blankMessage: "Tell us your name.", max: 100, maxMessage: "Keep your name under 100 characters." }),
  email: z.string({ error: "Enter your email address." }).trim().toLowerCase().max(254).pipe(z.email("Enter an email address like name@example.com.")),
  timezone: z.string({ error: "Choose your timezone from the list." }).max(64).refine(isIanaTimeZone, "Choose your timezone from the list."),
  answers: z.record(z.string().max(64), cleanText({ multiline: true }).max(4000, "Keep each answer under 4,000 characters.")).default({}),
  consent: z.literal(true, { error: "Please agree so we can hold your booking and email you about it." }),
  // How the page read to them, so the emails read the same (lib/booking/clock.ts); anything else is "not said".
  hourCycle: z.enum(HOUR_CYCLES).optional().catch(undefined),
  wordsLocale: z.string().regex(/^en(-[A-Z]{2})?$/).optional().catch(undefined),
});

export type BookingRequest = z.infer<typeof bookingRequestSchema>;

/**
 * An Idempotency-Key: long and random enough that nobody can guess another visitor's (the form
 * makes one with crypto.randomUUID), and plain characters only.
 */
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,100}$/, "Idempotency-Key must be 16 to 100 letters, digits, - or _ (a random UUID works).");

export const availabilityQuerySchema = z.object({
  from: saneDateTime("from must be an ISO date-time with an offset.").optional(),
  to: saneDateTime("to must be an ISO date-time with an offset.").optional(),
  tz: z.string().max(64).refine(isIanaTimeZone, "tz must be an IANA timezone such as Europe/Berlin.").optional(),
});

export const cancelRequestSchema = z.object({
  token: z.string().min(20).max(100),
  reason: cleanText({ multiline: true }).trim().max(500, "Keep the reason under 500 characters.").transform((value) => value || null),
});

export const moveRequestSchema = z.object({ token: z.string().min(20).max(100), start: saneDateTime("Choose a time from the list.") });
