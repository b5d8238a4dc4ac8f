import { bookingRequestSchema, idempotencyKeySchema } from "@/lib/booking/schema";
import { getRateLimiter, services } from "@/lib/composition/web";
import { env } from "@/lib/platform/env";
import { requestClientKey } from "@/lib/platform/http/client-address";
import { parseJsonBody } from "@/lib/platform/http/json";
import { tooManyRequests } from "@/lib/platform/http/limits";
import { foreignOriginResponse, isForeignOrigin } from "@/lib/platform/http/origin";
import { answersWhenUnavailable } from "@/lib/platform/http/unavailable";

/**
 * POST /api/bookings — the JSON twin of the booking form, same service. Send an Idempotency-Key
 * header: a retry of the same request with the same key returns the same booking and sends no
 * second email; the key used for anything else is refused.
 */
export const POST = answersWhenUnavailable(async (request: Request) => {
  if (isForeignOrigin(request.headers.get("origin"), env().APP_URL)) return foreignOriginResponse();
  const rawKey = request.headers.get("idempotency-key");
  const key = rawKey === null ? null : idempotencyKeySchema.safeParse(rawKey);
  if (key && !key.success) return Response.json({ error: key.error.issues[0]!.message }, { status: 400 });
  const parsed = await parseJsonBody(request, bookingRequestSchema);
  if (!parsed.ok) return parsed.response;
  const limit = await getRateLimiter().consume("bookingPerIp", requestClientKey(request.headers));
  if (!limit.ok) return tooManyRequests(limit, "Too many booking attempts.");

  const result = await (await services()).booking.book(parsed.data, key?.data ?? null);
  if (result.ok) {
    const { booking, manageToken, replayed } = result;
    return Response.json(
      { id: booking.id, start: booking.startsAt.toISOString(), end: booking.endsAt.toISOString(), status: booking.status, manageUrl: `${env().APP_URL}/bookings/${manageToken}` },
      { status: replayed ? 200 : 201 },
    );
  }
  switch (result.reason) {
    case "taken":
      return Response.json({ error: result.message, slots: result.slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })) }, { status: 409 });
    case "invalid":
      return Response.json({ error: result.message, errors: result.errors }, { status: 422 });
    // Accepted, in the sense that the address's owner has been written to: nothing more is said here.
    case "already-booked":
      return Response.json({ message: result.message }, { status: 202 });
    default:
      return Response.json({ error: result.message }, { status: 422 });
  }
});
