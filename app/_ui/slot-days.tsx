import Link from "next/link";
import type { HourCycle } from "@/lib/booking/clock";
import { timesByDay, type DayOfTimes } from "@/lib/booking/slot-display";

/**
 * Free consultation times, a day at a time, each a link (works without JavaScript), in the
 * visitor's clock habit. A link keeps the scroll position by default (`keepScroll`): what it opens
 * next to the list (a confirmation) brings itself into view; a link to a new page does not.
 */

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

/**
 * A strip of days and, below it, one day's free times: the first day's, or the one whose link was
 * followed. Pure HTML and CSS (globals.css, .day-panels: the followed anchor is `:target`), so a
 * page rendered per request needs no script; following a day also brings its times into view.
 */
export function DayStrip({
  slots,
  timeZone,
  locale = "en-GB",
  hourCycle,
  hrefFor,
}: {
  slots: { start: Date }[];
  timeZone: string;
  locale?: string;
  hourCycle?: HourCycle;
  hrefFor: (start: Date) => string;
}) {
  const days = timesByDay(slots.map((slot) => slot.start), timeZone, locale, hourCycle);
  return (
    <>
      <nav aria-label="Days with free times">
        {/* Five a row on a phone, as on the booking page, so the times stay near. */}
        <ul className="grid grid-cols-5 gap-2 sm:flex sm:flex-wrap">
          {days.map((day) => (
            <li key={day.date}>
              <a
                href={`#day-${day.date}`}
                className="flex min-h-11 flex-col items-center rounded-2xl border border-line bg-surface px-1 py-2 leading-tight hover:border-moss hover:bg-sand sm:w-16"
              >
                <span className="text-sm">{day.leaf.weekday}</span> <span className="text-xl font-semibold tabular-nums">{day.leaf.day}</span>{" "}
                <span className="text-sm">{day.leaf.month}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="day-panels mt-6">
        {days.map((day) => (
          <div key={day.date} id={`day-${day.date}`} className="day-panel scroll-mt-4">
            <h3 className="font-sans text-lg font-semibold">{day.heading}</h3>
            <TimeList day={day} hrefFor={hrefFor} />
          </div>
        ))}
      </div>
    </>
  );
}
