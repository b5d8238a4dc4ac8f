import { services } from "@/lib/composition/web";

export const dynamic = "force-dynamic";

/** The booking as a calendar file, for Apple Calendar and any app that opens .ics. */
export async function GET(_request: Request, { params }: RouteContext<"/bookings/[token]/invite.ics">) {
  const entry = await (await services()).booking.calendarEntry((await params).token);
  if (!entry) return new Response("Not found", { status: 404 });
  return new Response(entry.ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="consultation.ics"',
      // The address is a private key to one booking.
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      "Referrer-Policy": "no-referrer",
    },
  });
}
