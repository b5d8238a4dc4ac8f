import Link from "next/link";
import { formatDay, formatTime } from "@/lib/booking/format";
import { groupByDay } from "@/lib/booking/listing";

/** Free consultation times grouped by day in `timeZone`, each a link (works without JavaScript). */
export function SlotDays({ slots, timeZone, hrefFor, maxDays }: { slots: { start: Date }[]; timeZone: string; hrefFor: (start: Date) => string; maxDays?: number }) {
  const days = groupByDay(slots, timeZone).slice(0, maxDays);
  return (
    <ol className="space-y-6">
      {days.map((day) => {
        const label = formatDay(day.slots[0]!.start, timeZone);
        return (
          <li key={day.date}>
            <h3 className="font-sans text-lg font-semibold">{label}</h3>
            <ul className="mt-3 flex flex-wrap gap-2" aria-label={`Free times on ${label}`}>
              {day.slots.map((slot) => (
                <li key={slot.start.toISOString()}>
                  <Link
                    href={hrefFor(slot.start)}
                    scroll={false}
                    // Each time opens its own per-request booking form: prefetching dozens of them
                    // costs the server and the phone more than the one click it would speed up.
                    prefetch={false}
                    className="inline-flex min-h-11 min-w-20 items-center justify-center rounded-full border border-moss/60 px-4 font-semibold tabular-nums hover:bg-moss hover:text-on-moss"
                  >
                    {formatTime(slot.start, timeZone)}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}
