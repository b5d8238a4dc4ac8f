import { availabilityQuerySchema } from "@/lib/booking/schema";
import { services } from "@/lib/composition/web";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";

export const dynamic = "force-dynamic";

/** GET /api/availability?from=&to=&tz= — the same free slots the booking page offers, as JSON. */
export const GET = answersWhenUnavailable(async (request: Request) => {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = availabilityQuerySchema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return Response.json({ error: `${issue?.path.join(".")}: ${issue?.message}` }, { status: 400 });
  }
  const now = new Date();
  const from = parsed.data.from ?? now;
  const to = parsed.data.to ?? new Date(now.getTime() + 14 * 86_400_000);
  if (to <= from) return Response.json({ error: "to must be after from." }, { status: 400 });
  if (to.getTime() - from.getTime() > 62 * 86_400_000) return Response.json({ error: "Ask for at most 62 days at a time." }, { status: 400 });
  const [slots, coach] = await Promise.all([(await services()).booking.availableSlots(from, to), getPublicCoachProfile()]);
  return Response.json(
    {
      coachTimeZone: coach?.timezone ?? "UTC",
      timeZone: parsed.data.tz ?? coach?.timezone ?? "UTC",
      slots: slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })),
    },
    { headers: { "Cache-Control": "no-store" } },
  );
});
