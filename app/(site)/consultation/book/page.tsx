import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Container } from "@/app/_ui/container";
import { isHourCycle, readingHabit } from "@/lib/booking/clock";
import { formatSlot, zoneLabel } from "@/lib/booking/slot-format";
import { friendlyZoneLabel } from "@/lib/booking/slot-display";
import { currentZoneName } from "@/lib/site/zone-renames";
import { services } from "@/lib/composition/web";
import { localeFromAcceptLanguage } from "@/lib/platform/http/request-locale";
import { getPublicCoachProfile } from "@/lib/composition/public-reads";
import { isIanaTimeZone } from "@/lib/site/timezones";
import { BookingForm } from "./booking-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your details", robots: { index: false } };

export default async function BookPage({ searchParams }: PageProps<"/consultation/book">) {
  const [{ start, tz, clock }, requestHeaders] = await Promise.all([searchParams, headers()]);
  // English words, and the clock the visitor chose on the times page, else their locale's.
  const { words, hourCycle } = readingHabit(localeFromAcceptLanguage(requestHeaders.get("accept-language")), clock);
  const coach = await getPublicCoachProfile();
  const timeZone = typeof tz === "string" && isIanaTimeZone(tz) ? tz : (coach?.timezone ?? "UTC");
  const back = `/consultation?tz=${encodeURIComponent(timeZone)}${isHourCycle(clock) ? `&clock=${clock}` : ""}`;
  const startDate = typeof start === "string" ? new Date(start) : new Date(Number.NaN);
  const service = (await services()).booking;
  const free = Number.isNaN(startDate.getTime())
    ? []
    : await service.availableSlots(new Date(startDate.getTime() - 1), new Date(startDate.getTime() + 1));
  const slot = free.find((candidate) => candidate.start.getTime() === startDate.getTime());

  if (!slot) {
    return (
      <Container className="max-w-2xl py-16">
        <h1 className="text-4xl">That time is not free any more</h1>
        <p className="mt-4 text-ink-muted">Someone may have just booked it. Please choose another.</p>
        <Link href={back} className="mt-6 inline-flex min-h-11 items-center rounded-full bg-moss px-6 font-semibold text-on-moss">See free times</Link>
      </Container>
    );
  }
  const questions = await service.intakeQuestions();
  return (
    <Container className="max-w-2xl py-12 sm:py-16">
      <p>
        {/* A full-size tap target (44 px high) that still reads as a quiet text link. */}
        <Link href={back} className="-ml-2 inline-flex min-h-11 items-center rounded-full px-2 text-ink-muted underline underline-offset-4 hover:text-ink">← Choose another time</Link>
      </p>
      <h1 className="mt-2 text-4xl">Almost there</h1>
      <p className="mt-4 text-lg">
        <strong>{formatSlot(slot.start, slot.end, timeZone, words, hourCycle)}</strong> <span className="text-ink-muted">({friendlyZoneLabel(currentZoneName(timeZone), slot.start)})</span>
      </p>
      {coach && coach.timezone !== timeZone ? (
        <p className="mt-1 text-ink-muted">That is {formatSlot(slot.start, slot.end, coach.timezone, words, hourCycle)} for {coach.name} ({zoneLabel(coach.timezone)}).</p>
      ) : null}
      <BookingForm
        start={slot.start.toISOString()}
        timeZone={timeZone}
        words={words}
        hourCycle={hourCycle}
        idempotencyKey={randomUUID()}
        questions={questions.map(({ id, label, kind, options, required }) => ({ id, label, kind, options, required }))}
      />
    </Container>
  );
}
