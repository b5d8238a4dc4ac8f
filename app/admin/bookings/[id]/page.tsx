import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { adminTitle } from "@/app/admin/admin-title";
import { PersonLink } from "@/app/admin/person-link";
import { Notice } from "@/app/_ui/notice";
import { requireAdmin } from "@/app/_auth/guards";
import { formatDay, formatSlot, zoneLabel } from "@/lib/booking/slot-format";
import { weekOffsetOf } from "@/lib/booking/week";
import { services } from "@/lib/composition/web";
import { requestTime } from "@/lib/platform/request-time";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { cancelAsCoach, markNoShow, saveBookingNotes } from "../actions";
import { AskToRescheduleForm } from "../change-forms";
import { smallButton } from "../small-button";

export const generateMetadata = adminTitle("Consultation");

/**
 * One call: the visitor's answers, the coach's notes and what she can do about it. The week lists
 * one line per call and links here, so a full week stays a short page (every call's forms under
 * the week made it 460 KB at 56 calls).
 */
export default async function AdminBookingPage({ params, searchParams }: PageProps<"/admin/bookings/[id]">) {
  await requireAdmin();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const { moved } = await searchParams;
  const [all, coach, now] = await Promise.all([services(), getPublicCoachProfile(), requestTime()]);
  const booking = await all.booking.findForCoach(id.data);
  if (!booking) notFound();
  const personIds = await all.people.idsByEmail([booking.email]);
  const zone = coach?.timezone ?? "UTC";
  const past = booking.startsAt.getTime() <= now;
  const week = weekOffsetOf(booking.startsAt, new Date(now), zone);
  const weekHref = week === 0 ? "/admin/bookings" : `/admin/bookings?week=${week}`;

  return (
    <>
      <p>
        <Link href={`${weekHref}#booking-${booking.id}`} className="inline-flex min-h-11 items-center text-ink-muted underline underline-offset-4">
          ← The week of this call
        </Link>
      </p>
      {moved !== undefined && booking.status === "confirmed" ? (
        <div className="mt-3">
          <Notice tone="success" live>Moved to {formatSlot(booking.startsAt, booking.endsAt, zone)}. {booking.name} has the updated invite.</Notice>
        </div>
      ) : null}
      <h1 className={`mt-2 text-4xl ${booking.status === "cancelled" ? "line-through" : ""}`}>{booking.name}</h1>
      <p className="mt-2 text-lg">{formatSlot(booking.startsAt, booking.endsAt, zone)} ({zoneLabel(zone)})</p>
      <p className="mt-1 text-sm text-ink-muted">
        <PersonLink email={booking.email} ids={personIds} /> · their time {formatSlot(booking.startsAt, booking.endsAt, booking.timezone)} ({zoneLabel(booking.timezone)})
        {booking.status === "cancelled" ? ` · cancelled by ${booking.cancelledBy ?? "someone"}${booking.cancelReason ? `: “${booking.cancelReason}”` : ""}` : ""}
        {booking.noShow ? " · no-show" : ""}
      </p>
      {booking.status === "confirmed" && booking.rescheduleRequestedAt ? (
        <p className="mt-2 text-sm font-semibold text-clay">Asked to choose a new time on {formatDay(booking.rescheduleRequestedAt, zone)}; waiting for {booking.name}.</p>
      ) : null}

      <section aria-labelledby="answers-heading" className="mt-8 max-w-2xl rounded-3xl border border-line bg-surface p-4 sm:p-6">
        <h2 id="answers-heading" className="text-2xl">What they told you</h2>
        {booking.answers.length === 0 ? <p className="mt-2 text-ink-muted">No questions were asked.</p> : null}
        <dl className="mt-3 space-y-3">
          {booking.answers.map((answer) => (
            <div key={answer.questionId}>
              <dt className="text-sm font-semibold">{answer.label}</dt>
              <dd className="whitespace-pre-wrap">{answer.answer || "—"}</dd>
            </div>
          ))}
        </dl>
        <form action={saveBookingNotes} className="mt-6">
          <input type="hidden" name="id" value={booking.id} />
          <label className="block">
            <span className="text-sm font-semibold">Private notes</span>
            <textarea name="notes" defaultValue={booking.privateNotes} rows={3} className="mt-1 block w-full rounded-xl border border-line bg-linen px-3 py-2" />
          </label>
          <button type="submit" className={`${smallButton} mt-2`}>Save notes</button>
        </form>
      </section>

      {booking.status === "confirmed" ? (
        <section aria-labelledby="actions-heading" className="mt-6 max-w-2xl">
          <h2 id="actions-heading" className="sr-only">Change this call</h2>
          <div className="flex flex-wrap gap-2">
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
        </section>
      ) : null}
    </>
  );
}
