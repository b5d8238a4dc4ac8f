import { services } from "@/lib/composition/web";

export const dynamic = "force-dynamic";

/** The coach's private calendar feed: /api/calendar/<token>.ics, for calendar apps to subscribe to. */
export async function GET(_request: Request, { params }: RouteContext<"/api/calendar/[file]">) {
  const { file } = await params;
  const token = file.endsWith(".ics") ? file.slice(0, -".ics".length) : null;
  const feed = token && /^[A-Za-z0-9_-]{43}$/.test(token) ? await (await services()).booking.calendarFeed(token) : null;
  if (!feed) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(feed, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      // Calendar apps poll; a few minutes of staleness is fine, and the address is a secret.
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
