import type { BusyBlockNotice } from "./busy-times";

/** What the back office says about one connected calendar, in plain words. */
export interface CalendarState {
  lastAttemptAt: Date | null;
  lastSuccessAt: Date | null;
  lastError: string | null;
  eventCount: number;
  upcomingBusy: number;
}

export function ago(then: Date, now: Date): string {
  const minutes = Math.max(0, Math.round((now.getTime() - then.getTime()) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} minute${minutes === 1 ? "" : "s"} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? "" : "s"} ago`;
  return `${Math.round(hours / 24)} days ago`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

export function calendarStatus(calendar: CalendarState, now: Date): { tone: "ok" | "waiting" | "problem"; text: string } {
  const found = `${plural(calendar.eventCount, "busy event")}, ${calendar.upcomingBusy ? plural(calendar.upcomingBusy, "busy time") : "none"} in the booking window`;
  if (calendar.lastError) {
    const tried = calendar.lastAttemptAt ? ` (${ago(calendar.lastAttemptAt, now)})` : "";
    const kept = calendar.lastSuccessAt
      ? ` Busy times from the last good read, ${ago(calendar.lastSuccessAt, now)}, still count.`
      : " Nothing from it counts as busy yet.";
    return { tone: "problem", text: `Could not read it${tried}: ${calendar.lastError}${kept} Booking carries on either way.` };
  }
  if (!calendar.lastSuccessAt) return { tone: "waiting", text: "Not read yet: the first read happens within a minute." };
  return { tone: "ok", text: `Read ${ago(calendar.lastSuccessAt, now)} · ${found}.` };
}

/**
 * What the coach reads when a read turned repeating events into busy blocks (busy-times.ts): which
 * event, by when its series began (titles are never read), and from when the block runs.
 */
export function busyBlockNotice(blocks: readonly BusyBlockNotice[], window: { to: Date; timeZone: string }): string | null {
  const first = blocks[0];
  if (!first) return null;
  const when = (date: Date, withYear: boolean) =>
    new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}), hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: window.timeZone }).format(date);
  const until = first.to.getTime() >= window.to.getTime() ? "to the end of the booking window" : `to ${when(first.to, false)}`;
  const others = blocks.length - 1;
  const more = others ? ` The same goes for ${plural(others, "other repeating event")} in this calendar.` : "";
  if (first.kind === "too-many-times") {
    return `This calendar has more separate busy times than are kept, so from ${when(first.from, false)} ${until} it counts as one busy block.${more}`;
  }
  const repeats = first.repeats ? `repeats ${first.repeats}` : "repeats very often";
  return `A repeating event that began on ${when(first.seriesStart, true)} ${repeats}, too often to read time by time, so from ${when(first.from, false)} ${until} it counts as one busy block. If it should not, change or delete that event in the calendar.${more}`;
}
