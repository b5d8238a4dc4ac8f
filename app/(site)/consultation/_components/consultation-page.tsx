import { CoachPortrait } from "@/app/_ui/coach-portrait";
import { Testimonials } from "@/app/_ui/testimonials";
import type { Metadata } from "next";
import { CalendarHeart } from "lucide-react";
import { Container } from "@/app/_ui/container";
import { publicFreeTimes } from "@/lib/composition/public-reads";
import { readingHabit, type HourCycle } from "@/lib/booking/clock";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { FreeTimes } from "../free-times";

export const consultationMetadata: Metadata = {
  title: "Book a free consultation",
  description: "A free video call to talk about what your body is telling you.",
};

const WINDOW_DAYS = 14;

/**
 * The booking page. Its free times are zone-free (UTC) and the browser shows them in the visitor's
 * zone, so one cached copy serves everyone (`/consultation`); `?tz=` renders the same page in that
 * zone per request, for visitors without JavaScript and shared links.
 */
export async function ConsultationPage({
  requestedZone,
  requestedClock = null,
  requestLocale = null,
}: {
  requestedZone: string | null;
  requestedClock?: HourCycle | null;
  /** The visitor's language, on the per-request page only; the cached one is for everyone. */
  requestLocale?: string | null;
}) {
  const coach = await getPublicCoachProfile();
  const coachZone = coach?.timezone ?? "UTC";
  const { starts, slotMinutes, minNoticeMinutes } = await publicFreeTimes(new Date(), WINDOW_DAYS, coachZone);

  return (
    <Container className="py-12 sm:py-16">
      {/* Like a host's face on a booking page: who you will meet, before you pick a time. */}
      {coach?.portrait ? <CoachPortrait portrait={coach.portrait} size={72} /> : <CalendarHeart aria-hidden="true" className="size-10 text-moss" />}
      <h1 className="mt-3 text-4xl sm:text-5xl">Book a free consultation</h1>
      <p className="mt-3 max-w-[40rem] text-lg text-ink-muted">
        {slotMinutes} minutes on a video call with {coach?.name ?? "me"}. Free, with no obligation: pick a time that suits you.
      </p>
      {/* Times first in reading order (a phone shows them without scrolling); beside the expectations on a wide screen. */}
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_1.6fr]">
        <section aria-labelledby="times-heading" className="lg:order-2">
          <h2 id="times-heading" className="text-3xl">Choose a time</h2>
          <FreeTimes
            starts={starts}
            minNoticeMinutes={minNoticeMinutes}
            initialZone={requestedZone ?? coachZone}
            zoneFromUrl={requestedZone !== null}
            initialHabit={readingHabit(requestLocale, requestedClock)}
            clockFromUrl={requestedClock !== null}
            contactEmail={coach?.contactEmail ?? null}
          />
          {/* Without JavaScript nothing will supply the visitor's zone: show the server's times at once. */}
          <noscript dangerouslySetInnerHTML={{ __html: "<style>.zone-pending{visibility:visible}.zone-pending-note{display:none}</style>" }} />
          <noscript>
            <form action="/consultation" method="get" className="mt-8 flex flex-wrap items-end gap-3">
              <label className="block">
                <span className="block font-semibold">Show times in another zone</span>
                <span className="block text-sm text-ink-muted">Its name, such as Asia/Kolkata or America/New_York.</span>
                <input name="tz" defaultValue={requestedZone ?? coachZone} className="mt-1.5 block w-72 max-w-full rounded-xl border border-line bg-surface px-4 py-3" />
              </label>
              {requestedClock ? <input type="hidden" name="clock" value={requestedClock} /> : null}
              <button type="submit" className="min-h-11 rounded-full border border-line px-5">Show</button>
            </form>
          </noscript>
        </section>

        <section aria-labelledby="expect-heading" className="lg:order-1">
          <h2 id="expect-heading" className="text-2xl">What to expect</h2>
          <ul className="mt-3 space-y-2 text-ink-muted">
            <li>A {slotMinutes}-minute video call with {coach?.name ?? "me"}.</li>
            <li>We talk about what brings you here and where you feel it in your body.</li>
            <li>You leave with one or two things to try, and a sense of whether working together would help.</li>
            <li>It is a conversation, not therapy or medical advice.</li>
          </ul>
        </section>
      </div>
      <Testimonials place="consultation" heading="After a first call" className="mt-14" />
    </Container>
  );
}
