import { z } from "zod";
import { isIanaTimeZone } from "@/lib/site/timezones";

export const bookingRequestSchema = z.object({
  start: z.iso.datetime({ offset: true, error: "Choose a time from the list." }).transform((value) => new Date(value)),
  name: z.string().trim().min(1, "Tell us your name.").max(100, "Keep your name under 100 characters."),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter an email address like name@example.com.")),
  timezone: z.string().refine(isIanaTimeZone, "Choose your timezone from the list."),
  answers: z.record(z.string(), z.string().max(4000, "Keep each answer under 4,000 characters.")).default({}),
  consent: z.literal(true, { error: "Please agree so we can hold your booking and email you about it." }),
});

export type BookingRequest = z.infer<typeof bookingRequestSchema>;

export const availabilityQuerySchema = z.object({
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  tz: z.string().refine(isIanaTimeZone, "tz must be an IANA timezone such as Europe/Berlin.").optional(),
});
