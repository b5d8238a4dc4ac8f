import { PersonLink } from "@/app/admin/person-link";
import Link from "next/link";
import { requireAdmin } from "@/app/_auth/guards";
import { formatDay, formatSlot, formatTime, zoneLabel } from "@/lib/booking/slot-format";
import { localDate } from "@/lib/platform/time/zones";
import { weekRange } from "@/lib/booking/week";
import { requestTime } from "@/lib/platform/request-time";
import { services } from "@/lib/composition/web";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { smallButton } from "./small-button";
import { adminTitle } from "@/app/admin/admin-title";

export const generateMetadata = adminTitle("Bookings");

export default async function AdminBookingsPage({ searchParams }: PageProps<"/admin/bookings">) {
  await requireAdmin();
  const { week } = await searchParams;
  const offset = Math.max(-52, Math.min(52, Number.parseInt(typeof week === "string" ? week : "0", 10) || 0));
  const [coach, now] = await Promise.all([getPublicCoachProfile(), requestTime()]);
  const zone = coach?.timezone ?? "UTC";
  const range = weekRange(new Date(now), zone, offset);
  const service = (await services()).booking;
  const bookings = await service.listForCoach(range.from, range.to);
  const personIds = await (await services()).people.idsByEmail(bookings.map((booking) => booking.email));
  // Upcoming calls first, in order; the ones already past this week after them.
  const upcoming = bookings.filter((booking) => booking.startsAt.getTime() > now);
  const past = bookings.filter((booking) => booking.startsAt.getTime() <= now);

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-4xl">Bookings</h1>
          <p className="mt-2 text-ink-muted">Free consultations, in your zone ({zoneLabel(zone)}).</p>
        </div>
        <nav aria-label="Weeks" className="flex gap-2">
          <Link href={`/admin/bookings?week=${offset - 1}`} className={smallButton}>← Earlier week</Link>
          {offset !== 0 ? <Link href="/admin/bookings" className={smallButton}>This week</Link> : null}
          <Link href={`/admin/bookings?week=${offset + 1}`} className={smallButton}>Later week →</Link>
        </nav>
      </div>

      <section aria-labelledby="week-heading" className="mt-8">
        <h2 id="week-heading" className="text-2xl">
          Week of {formatDay(range.from, zone)}
        </h2>
        <ol className="mt-4 grid gap-2 md:grid-cols-7">
          {range.days.map((day) => {
            const onDay = bookings.filter((booking) => localDate(booking.startsAt, zone) === day);
            return (
              <li key={day} className="rounded-2xl border border-line bg-surface p-3 md:min-h-28">
                <p className="text-sm font-semibold">{new Date(`${day}T12:00:00Z`).toLocaleDateString("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" })}</p>
                {/* On a phone an empty day is one short line, not a tall empty box. */}
                {onDay.length === 0 ? <p className="mt-1 text-sm text-ink-muted">No calls</p> : null}
                <ul className="mt-2 space-y-1">
                  {onDay.map((booking) => (
                    <li key={booking.id}>
                      <a href={`/admin/bookings/${booking.id}`} className={`flex min-h-11 items-center rounded-lg px-2 py-1 text-sm ${booking.status === "cancelled" ? "text-ink-muted line-through" : "bg-clay-soft text-clay"}`}>
                        {formatTime(booking.startsAt, zone)} {booking.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="details-heading" className="mt-10">
        <h2 id="details-heading" className="text-2xl">This week’s consultations</h2>
        {bookings.length === 0 ? <p className="mt-3 text-ink-muted">No bookings this week.</p> : null}
        {upcoming.length ? (
          <BookingList bookings={upcoming} zone={zone} personIds={personIds} />
        ) : bookings.length ? (
          <p className="mt-3 text-ink-muted">Nothing more to come this week.</p>
        ) : null}
        {past.length ? (
          <>
            <h3 className="mt-8 font-sans text-lg font-semibold">Earlier this week</h3>
            <BookingList bookings={past} zone={zone} personIds={personIds} />
          </>
        ) : null}
      </section>
    </>
  );
}

type CoachBooking = Awaited<ReturnType<Awaited<ReturnType<typeof services>>["booking"]["listForCoach"]>>[number];

/**
 * One line per call; its answers, notes and actions are on the call's own page. The week of a busy
 * coach (56 calls) was 460 KB when every call carried its forms here.
 */
function BookingList({ bookings, zone, personIds }: { bookings: CoachBooking[]; zone: string; personIds: Map<string, string> }) {
  return (
    <ul className="mt-4 divide-y divide-line rounded-3xl border border-line bg-surface">
      {bookings.map((booking) => (
        <li key={booking.id} id={`booking-${booking.id}`} className="scroll-mt-24 px-4 py-3 sm:px-5">
          <Link href={`/admin/bookings/${booking.id}`} prefetch={false} className={`font-semibold underline-offset-4 hover:underline ${booking.status === "cancelled" ? "line-through" : ""}`}>
            {formatSlot(booking.startsAt, booking.endsAt, zone)} · {booking.name}
          </Link>
          <p className="text-sm text-ink-muted">
            <PersonLink email={booking.email} ids={personIds} /> · their time {formatTime(booking.startsAt, booking.timezone)} ({zoneLabel(booking.timezone)})
            {booking.status === "cancelled" ? ` · cancelled by ${booking.cancelledBy ?? "someone"}` : ""}
            {booking.noShow ? " · no-show" : ""}
            {booking.status === "confirmed" && booking.rescheduleRequestedAt ? <span className="font-semibold text-clay"> · asked to choose a new time</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
