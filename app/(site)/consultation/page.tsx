import type { Metadata } from "next";
import { CalendarHeart } from "lucide-react";
import { Container } from "@/app/_ui/container";
import { SlotDays } from "@/app/_ui/slot-days";
import { zoneLabel } from "@/lib/booking/format";
import { publicSlots } from "@/lib/booking/cached";
import { getPublicCoachProfile } from "@/lib/site/cached";
import { ianaTimeZones, isIanaTimeZone } from "@/lib/site/timezones";
import { DetectTimezone } from "./detect-timezone";
import { TimezoneForm } from "./timezone-form";

// Rendered per request (the visitor's time zone, the current minute) from cached opening hours and
// bookings: see lib/booking/cached.ts for how fresh the free times are.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Book a free consultation",
  description: "A free 30-minute video call to talk about what your body is telling you.",
};

const WINDOW_DAYS = 14;

export default async function ConsultationPage({ searchParams }: PageProps<"/consultation">) {
  const { tz } = await searchParams;
  const requested = typeof tz === "string" && isIanaTimeZone(tz) ? tz : null;
  const coach = await getPublicCoachProfile();
  const timeZone = requested ?? coach?.timezone ?? "UTC";
  const now = new Date();
  const slots = await publicSlots(now, WINDOW_DAYS, coach?.timezone ?? "UTC");

  return (
    <Container className="py-12 sm:py-16">
      <DetectTimezone current={requested} />
      <div className="grid gap-10 lg:grid-cols-[1fr_1.6fr]">
        <section aria-labelledby="expect-heading">
          <CalendarHeart aria-hidden="true" className="size-10 text-moss" />
          <h1 className="mt-3 text-4xl sm:text-5xl">Book a free consultation</h1>
          <h2 id="expect-heading" className="mt-6 text-2xl">What to expect</h2>
          <ul className="mt-3 space-y-2 text-ink-muted">
            <li>30 minutes on a video call with {coach?.name ?? "me"}. Free, with no obligation.</li>
            <li>We talk about what brings you here and where you feel it in your body.</li>
            <li>You leave with one or two things to try, and a sense of whether working together would help.</li>
            <li>It is a conversation, not therapy or medical advice.</li>
          </ul>
        </section>

        <section aria-labelledby="times-heading">
          <h2 id="times-heading" className="text-3xl">Choose a time</h2>
          <p className="mt-2 text-ink-muted">
            Times are shown in <strong className="text-ink">{zoneLabel(timeZone)}</strong>.
          </p>
          <div className="mt-4">
            <TimezoneForm key={timeZone} value={timeZone} zones={ianaTimeZones()} />
          </div>
          {slots.length === 0 ? (
            <p className="mt-8 rounded-3xl border border-dashed border-line p-6 text-ink-muted">
              There are no free times in the next two weeks. Please write to{" "}
              <a className="underline" href={`mailto:${coach?.contactEmail}`}>{coach?.contactEmail}</a> and we will find one.
            </p>
          ) : (
            <div className="mt-8">
              <SlotDays
                slots={slots}
                timeZone={timeZone}
                hrefFor={(start) => `/consultation/book?start=${encodeURIComponent(start.toISOString())}&tz=${encodeURIComponent(timeZone)}`}
              />
            </div>
          )}
        </section>
      </div>
    </Container>
  );
}
