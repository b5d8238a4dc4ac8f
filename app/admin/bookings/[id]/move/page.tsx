import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { adminTitle } from "@/app/admin/admin-title";
import { requireAdmin } from "@/app/_auth/guards";
import { formatDay, formatSlot, formatTime, zoneLabel } from "@/lib/booking/slot-format";
import { services } from "@/lib/composition/web";
import { requestTime } from "@/lib/platform/request-time";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { CoachMoveForm, type TimeChoices } from "../../change-forms";

export const generateMetadata = adminTitle("Move a consultation");

/**
 * Moving one call, on a page of its own: the free times of the next three weeks are listed here,
 * for this booking, instead of under every booking of the week (they made the bookings page
 * hundreds of kilobytes).
 */
export default async function MoveBookingPage({ params }: PageProps<"/admin/bookings/[id]/move">) {
  await requireAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const service = (await services()).booking;
  const [booking, coach, now] = await Promise.all([service.findForCoach(id.data), getPublicCoachProfile(), requestTime()]);
  if (!booking) notFound();
  const zone = coach?.timezone ?? "UTC";
  const movable = booking.status === "confirmed" && booking.startsAt.getTime() > now;
  const choices: TimeChoices[] = [];
  if (movable) {
    for (const slot of await service.freeTimesForCoach(new Date(now), new Date(now + 21 * 86_400_000))) {
      const day = formatDay(slot.start, zone);
      if (choices.at(-1)?.day !== day) choices.push({ day, times: [] });
      choices.at(-1)!.times.push({ value: slot.start.toISOString(), label: formatTime(slot.start, zone) });
    }
  }
  return (
    <>
      <p>
        <Link href={`/admin/bookings/${booking.id}`} className="inline-flex min-h-11 items-center text-ink-muted underline underline-offset-4">
          ← This call
        </Link>
      </p>
      <h1 className="mt-2 text-4xl">Move the call with {booking.name}</h1>
      <p className="mt-2 text-ink-muted">
        Now {formatSlot(booking.startsAt, booking.endsAt, zone)} ({zoneLabel(zone)}). They get the new time and an updated invite.
      </p>
      {movable ? <CoachMoveForm bookingId={booking.id} name={booking.name} choices={choices} /> : <p className="mt-6">This call has passed or was cancelled; it cannot be moved.</p>}
    </>
  );
}
