import Link from "next/link";
import type { HourCycle } from "@/lib/booking/clock";
import { timesByDay, type DayOfTimes } from "@/lib/booking/slot-display";

/**
 * Free consultation times grouped by day in `timeZone`, each a link (works without JavaScript), in
 * the visitor's clock habit. With `keepScroll` (the default) a link keeps the scroll position: what
 * it opens next to the list (a confirmation) brings itself into view; a link to a new page does not.
 */
export function SlotDays({
  slots,
  timeZone,
  locale = "en-GB",
  hourCycle,
  hrefFor,
  maxDays,
  keepScroll = true,
}: {
  slots: { start: Date }[];
  timeZone: string;
  locale?: string;
  hourCycle?: HourCycle;
  hrefFor: (start: Date) => string;
  maxDays?: number;
  keepScroll?: boolean;
}) {
  const days = timesByDay(slots.map((slot) => slot.start), timeZone, locale, hourCycle).slice(0, maxDays);
  return (
    <ol className="space-y-6">
      {days.map((day) => (
        <li key={day.date}>
          <h3 className="font-sans text-lg font-semibold">{day.heading}</h3>
          <TimeList day={day} hrefFor={hrefFor} keepScroll={keepScroll} />
        </li>
      ))}
    </ol>
  );
}

/** One day's free times as links, named "Free times on <day>" for assistive technology. */
export function TimeList({ day, hrefFor, keepScroll = true }: { day: DayOfTimes; hrefFor: (start: Date) => string; keepScroll?: boolean }) {
  return (
    // One class list per day, not per time: a fortnight has a couple of hundred times.
    <ul
      className="mt-3 flex flex-wrap gap-2 [&_a]:inline-flex [&_a]:min-h-11 [&_a]:min-w-20 [&_a]:items-center [&_a]:justify-center [&_a]:rounded-full [&_a]:border [&_a]:border-moss/60 [&_a]:px-4 [&_a]:font-semibold [&_a]:tabular-nums [&_a:hover]:bg-moss [&_a:hover]:text-on-moss"
      aria-label={`Free times on ${day.heading}`}
    >
      {day.times.map((time) => (
        <li key={time.start.toISOString()}>
          {/* Each time opens its own per-request page: prefetching dozens of them costs the server
              and the phone more than the one tap it would speed up. */}
          <Link href={hrefFor(time.start)} scroll={!keepScroll} prefetch={false}>
            {time.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
