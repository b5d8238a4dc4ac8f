import { bookingRequestSchema } from "@/lib/booking/schema";
import { clientIp } from "@/lib/auth/sign-in";
import { retryAfterMessage } from "@/lib/rate-limit/limits";
import { getBookingService, getRateLimiter } from "@/lib/runtime";
import { env } from "@/lib/env";
import { parseJsonBody } from "@/lib/http/json";
import { foreignOriginResponse, isForeignOrigin } from "@/lib/http/origin";

/**
 * POST /api/bookings — the JSON twin of the booking form, same service. Send an Idempotency-Key
 * header: a retry with the same key returns the same booking and sends no second email.
 */
export async function POST(request: Request) {
  if (isForeignOrigin(request.headers.get("origin"), env().APP_URL)) return foreignOriginResponse();
  const parsed = await parseJsonBody(request, bookingRequestSchema);
  if (!parsed.ok) return parsed.response;
  const key = request.headers.get("idempotency-key");
  if (key !== null && (key.length < 8 || key.length > 100)) {
    return Response.json({ error: "Idempotency-Key must be 8 to 100 characters." }, { status: 400 });
  }
  const limit = await getRateLimiter().consume("bookingPerIp", clientIp(request.headers));
  if (!limit.ok) {
    return Response.json(
      { error: `Too many booking attempts. ${retryAfterMessage(limit.retryAfterMs)}` },
      { status: 429, headers: { "Retry-After": String(Math.ceil(limit.retryAfterMs / 1000)) } },
    );
  }
  const result = await (await getBookingService()).book(parsed.data, key);
  if (result.ok) {
    const { booking, manageToken, replayed } = result;
    return Response.json(
      { id: booking.id, start: booking.startsAt.toISOString(), end: booking.endsAt.toISOString(), status: booking.status, manageUrl: `${env().APP_URL}/bookings/${manageToken}` },
      { status: replayed ? 200 : 201 },
    );
  }
  if (result.reason === "taken") {
    return Response.json(
      { error: result.message, slots: result.slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })) },
      { status: 409 },
    );
  }
  if (result.reason === "invalid") return Response.json({ error: result.message, errors: result.errors }, { status: 422 });
  return Response.json({ error: result.message }, { status: result.reason === "already-booked" ? 409 : 422 });
}
