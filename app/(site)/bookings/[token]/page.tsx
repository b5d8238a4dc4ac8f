import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Container } from "@/app/_ui/container";
import { Notice } from "@/app/_ui/notice";
import { DayStrip } from "@/app/_ui/slot-days";
import { googleCalendarUrl, outlookCalendarUrl } from "@/lib/booking/calendar-links";
import { formatSlot, zoneLabel } from "@/lib/booking/slot-format";
import { readingHabit } from "@/lib/booking/clock";
import { localeFromAcceptLanguage } from "@/lib/platform/http/request-locale";
import { services } from "@/lib/composition/web";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { CancelForm } from "./cancel-form";
import { MoveForm } from "./move-form";

export const dynamic = "force-dynamic";
// The address is a private key to one booking: keep it out of search engines and referrers.
export const metadata: Metadata = { title: "Your consultation", robots: { index: false, follow: false }, referrer: "no-referrer" };

export default async function ManageBookingPage({ params, searchParams }: PageProps<"/bookings/[token]">) {
  const [{ token }, query, requestHeaders] = await Promise.all([params, searchParams, headers()]);
  // English words (the page's language) and the visitor's clock habit, never a German "Dienstag" here.
  const { words: locale, hourCycle } = readingHabit(localeFromAcceptLanguage(requestHeaders.get("accept-language")));
  const service = (await services()).booking;
  const view = await service.manageView(token);
  if (!view) notFound();
  const { booking, location, canCancel, calendar } = view;
  const coach = await getPublicCoachProfile();
  const coachZone = coach?.timezone ?? "UTC";
  const cancelled = booking.status === "cancelled";
  // Every free time from now (minimum notice applies), earlier ones included.
  const now = new Date();
  const upcoming = canCancel ? await service.availableSlots(now, new Date(now.getTime() + 14 * 86_400_000)) : [];
  const confirmCancel = query.cancel === "1";
  const moveTo = typeof query.move === "string" ? upcoming.find((slot) => slot.start.toISOString() === query.move) : undefined;

  return (
    <Container className="max-w-2xl py-12 sm:py-16">
      {query.moved && !cancelled ? (
        <Notice tone="success" live>
          Moved. An updated calendar invite is on its way to {booking.email}.
        </Notice>
      ) : null}
      {query.cancelled && cancelled ? (
        <Notice tone="success" live>
          Cancelled. A note is on its way to {booking.email}, and the time is free for someone else.
        </Notice>
      ) : null}
      {query.booked && !cancelled ? (
        <Notice tone="success" live>
          You are booked in. A confirmation with a calendar invite is on its way to {booking.email}.
        </Notice>
      ) : null}
      <h1 className="mt-6 text-4xl">{cancelled ? "This consultation is cancelled" : "Your free consultation"}</h1>
      <dl className="mt-6 space-y-3">
        <div>
          <dt className="text-sm text-ink-muted">When, for you ({zoneLabel(booking.timezone)})</dt>
          <dd className={`text-lg font-semibold ${cancelled ? "line-through" : ""}`}>{formatSlot(booking.startsAt, booking.endsAt, booking.timezone, locale, hourCycle)}</dd>
        </div>
        {coachZone !== booking.timezone ? (
          <div>
            <dt className="text-sm text-ink-muted">For {coach?.name ?? "the coach"} ({zoneLabel(coachZone)})</dt>
            <dd>{formatSlot(booking.startsAt, booking.endsAt, coachZone, locale, hourCycle)}</dd>
          </div>
        ) : null}
        {!cancelled && location ? (
          <div>
            <dt className="text-sm text-ink-muted">Where</dt>
            <dd>{location.startsWith("https://") ? <a href={location} className="underline underline-offset-4">{location}</a> : location}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-sm text-ink-muted">Booked by</dt>
          <dd>{booking.name} · {booking.email}</dd>
        </div>
      </dl>

      {!cancelled ? (
        <section aria-labelledby="calendar-heading" className="mt-8">
          <h2 id="calendar-heading" className="sr-only">Add it to your calendar</h2>
          <div className="flex flex-wrap gap-3">
            {location.startsWith("https://") ? (
              <a href={location} className="inline-flex min-h-11 items-center rounded-full bg-moss px-6 font-semibold text-on-moss">Join the call</a>
            ) : null}
            <a href={googleCalendarUrl(calendar)} target="_blank" rel="noreferrer" className="inline-flex min-h-11 items-center rounded-full border border-line px-5 font-semibold hover:border-moss">
              Add to Google Calendar
            </a>
            <a href={outlookCalendarUrl(calendar)} target="_blank" rel="noreferrer" className="inline-flex min-h-11 items-center rounded-full border border-line px-5 font-semibold hover:border-moss">
              Add to Outlook
            </a>
            <a href={`/bookings/${token}/invite.ics`} download="consultation.ics" className="inline-flex min-h-11 items-center rounded-full border border-line px-5 font-semibold hover:border-moss">
              Apple Calendar (.ics)
            </a>
          </div>
        </section>
      ) : null}

      {cancelled ? (
        <p className="mt-8">
          <Link href="/consultation" className="inline-flex min-h-11 items-center rounded-full bg-moss px-6 font-semibold text-on-moss">Choose another time</Link>
        </p>
      ) : canCancel ? (
        <>
        <section aria-labelledby="move-heading" className="mt-10 rounded-3xl border border-line bg-surface p-6">
          <h2 id="move-heading" className="text-2xl">Move to another time</h2>
          {booking.rescheduleRequestedAt ? (
            <div className="mt-3">
              <Notice tone="info">
                {coach?.name ?? "The coach"} asked to find another time for this call{booking.rescheduleMessage ? `: “${booking.rescheduleMessage}”` : "."} Choose
                one below; until you do, it stays booked as it is.
              </Notice>
            </div>
          ) : null}
          <p className="mt-2 text-ink-muted">Every free time in the next two weeks, in {zoneLabel(booking.timezone)}. Choose a day, then a time.</p>
          {moveTo ? (
            <div className="mt-4">
              <MoveForm key={moveTo.start.toISOString()} token={token} start={moveTo.start.toISOString()} label={formatSlot(moveTo.start, moveTo.end, booking.timezone, locale, hourCycle)} />
            </div>
          ) : null}
          <div className="mt-4">
            <DayStrip slots={upcoming} timeZone={booking.timezone} locale={locale} hourCycle={hourCycle} hrefFor={(start) => `/bookings/${token}?move=${encodeURIComponent(start.toISOString())}`} />
          </div>
        </section>
        <section aria-labelledby="cancel-heading" className="mt-6 rounded-3xl border border-line bg-surface p-6">
          <h2 id="cancel-heading" className="scroll-mt-8 text-2xl">Can’t make it?</h2>
          {/* A second step, as for every act that cannot be undone; a page of its own, so it works without a script. */}
          {confirmCancel ? (
            <div className="mt-4">
              <CancelForm token={token} keepHref={`/bookings/${token}`} />
            </div>
          ) : (
            <>
              <p className="mt-2 text-ink-muted">Cancel here, then book a time that suits you better.</p>
              <p className="mt-4">
                <Link
                  href={`/bookings/${token}?cancel=1#cancel-heading`}
                  className="inline-flex min-h-11 items-center rounded-full border border-line px-5 font-semibold hover:bg-sand"
                >
                  Cancel this consultation…
                </Link>
              </p>
            </>
          )}
        </section>
        </>
      ) : (
        <p className="mt-10 rounded-3xl border border-line bg-surface p-6">
          The call is soon, so it can no longer be changed here. Please write to{" "}
          <a href={`mailto:${coach?.contactEmail}`} className="underline underline-offset-4">{coach?.contactEmail}</a>.
        </p>
      )}
    </Container>
  );
}
