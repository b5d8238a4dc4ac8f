import { PersonLink } from "@/app/admin/person-link";
import Link from "next/link";
import { requireAdmin } from "@/lib/auth/guards";
import { formatDay, formatSlot, formatTime, zoneLabel } from "@/lib/booking/format";
import { localDate } from "@/lib/time/zones";
import { weekRange } from "@/lib/booking/week";
import { requestTime } from "@/lib/request-time";
import { services } from "@/lib/composition/web";
import { getPublicCoachProfile } from "@/lib/site/cached";
import { cancelAsCoach, markNoShow, saveBookingNotes } from "./actions";
import { AskToRescheduleForm } from "./change-forms";
import { adminTitle } from "@/app/admin/admin-title";
import { Notice } from "@/app/_ui/notice";

export const generateMetadata = adminTitle("Bookings");

const smallButton = "inline-flex min-h-11 items-center rounded-full border border-line px-4 text-sm hover:bg-sand";

export default async function AdminBookingsPage({ searchParams }: PageProps<"/admin/bookings">) {
  await requireAdmin();
  const { week, moved } = await searchParams;
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
                      <a href={`#booking-${booking.id}`} className={`block rounded-lg px-2 py-1 text-sm ${booking.status === "cancelled" ? "text-ink-muted line-through" : "bg-clay-soft text-clay"}`}>
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
          <BookingList bookings={upcoming} zone={zone} now={now} moved={typeof moved === "string" ? moved : null} personIds={personIds} />
        ) : bookings.length ? (
          <p className="mt-3 text-ink-muted">Nothing more to come this week.</p>
        ) : null}
        {past.length ? (
          <>
            <h3 className="mt-8 font-sans text-lg font-semibold">Earlier this week</h3>
            <BookingList bookings={past} zone={zone} now={now} moved={null} personIds={personIds} />
          </>
        ) : null}
      </section>
    </>
  );
}

type CoachBooking = Awaited<ReturnType<Awaited<ReturnType<typeof services>>["booking"]["listForCoach"]>>[number];

/**
 * One line per call, its answers, notes and actions behind "Details" (opened for the call just
 * moved): a busy week stays a short page on a phone.
 */
function BookingList({ bookings, zone, now, moved, personIds }: { bookings: CoachBooking[]; zone: string; now: number; moved: string | null; personIds: Map<string, string> }) {
  return (
    <ul className="mt-4 space-y-3">
      {bookings.map((booking) => {
        const past = booking.startsAt.getTime() <= now;
        return (
          <li key={booking.id} id={`booking-${booking.id}`} className="scroll-mt-24 rounded-3xl border border-line bg-surface p-4 sm:p-5">
            <article aria-label={`${booking.name}, ${formatSlot(booking.startsAt, booking.endsAt, zone)}`}>
              {moved === booking.id && booking.status === "confirmed" ? (
                <div className="mb-3">
                  <Notice tone="success" live>Moved to {formatSlot(booking.startsAt, booking.endsAt, zone)}. {booking.name} has the updated invite.</Notice>
                </div>
              ) : null}
              <h3 className={`font-sans text-lg font-semibold ${booking.status === "cancelled" ? "line-through" : ""}`}>
                {formatSlot(booking.startsAt, booking.endsAt, zone)} · {booking.name}
              </h3>
              <p className="text-sm text-ink-muted">
                <PersonLink email={booking.email} ids={personIds} /> · their time {formatSlot(booking.startsAt, booking.endsAt, booking.timezone)} ({zoneLabel(booking.timezone)})
                {booking.status === "cancelled" ? ` · cancelled by ${booking.cancelledBy ?? "someone"}${booking.cancelReason ? `: “${booking.cancelReason}”` : ""}` : ""}
                {booking.noShow ? " · no-show" : ""}
              </p>
              {booking.status === "confirmed" && booking.rescheduleRequestedAt ? (
                <p className="mt-2 text-sm font-semibold text-clay">Asked to choose a new time on {formatDay(booking.rescheduleRequestedAt, zone)}; waiting for {booking.name}.</p>
              ) : null}
              <details className="group mt-3" open={moved === booking.id}>
                <summary className={`${smallButton} cursor-pointer list-none`}>
                  <span className="group-open:hidden">Details</span>
                  <span className="hidden group-open:inline">Hide details</span>
                  <span className="sr-only"> for {booking.name}</span>
                </summary>
                <dl className="mt-3 space-y-2">
                  {booking.answers.map((answer) => (
                    <div key={answer.questionId}>
                      <dt className="text-sm font-semibold">{answer.label}</dt>
                      <dd className="whitespace-pre-wrap">{answer.answer || "—"}</dd>
                    </div>
                  ))}
                </dl>
                <form action={saveBookingNotes} className="mt-4">
                  <input type="hidden" name="id" value={booking.id} />
                  <label className="block">
                    <span className="text-sm font-semibold">Private notes</span>
                    <textarea name="notes" defaultValue={booking.privateNotes} rows={2} className="mt-1 block w-full rounded-xl border border-line bg-linen px-3 py-2" />
                  </label>
                  <button type="submit" className={`${smallButton} mt-2`}>Save notes</button>
                </form>
                {booking.status === "confirmed" ? (
                  <div className="mt-3 flex flex-wrap gap-2">
                    {past ? (
                      <form action={markNoShow}>
                        <input type="hidden" name="id" value={booking.id} />
                        <input type="hidden" name="noShow" value={booking.noShow ? "false" : "true"} />
                        <button type="submit" className={smallButton}>{booking.noShow ? "They came after all" : "Mark as no-show"}</button>
                      </form>
                    ) : (
                      <>
                        <Link href={`/admin/bookings/${booking.id}/move`} prefetch={false} className={smallButton}>
                          Move…
                        </Link>
                        <details className="open:basis-full">
                          <summary className={`${smallButton} cursor-pointer list-none`}>Ask to reschedule…</summary>
                          <AskToRescheduleForm bookingId={booking.id} name={booking.name} />
                        </details>
                        <details className="open:basis-full">
                          <summary className={`${smallButton} cursor-pointer list-none text-danger`}>Cancel…</summary>
                          <form action={cancelAsCoach} className="mt-3 max-w-xl space-y-2">
                            <input type="hidden" name="id" value={booking.id} />
                            <label className="block">
                              <span className="text-sm font-semibold">Why you cancel (sent to {booking.name})</span>
                              <textarea name="message" rows={2} className="mt-1 block w-full rounded-xl border border-line bg-linen px-3 py-2" placeholder="I am so sorry, I have to move our call …" />
                            </label>
                            <button type="submit" className="inline-flex min-h-11 items-center rounded-full bg-danger px-4 text-sm font-semibold text-surface">Cancel and tell them</button>
                          </form>
                        </details>
                      </>
                    )}
                  </div>
                ) : null}
              </details>
            </article>
          </li>
        );
      })}
    </ul>
  );
}
