import type { LeftOutNotice } from "./busy-times";

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
 * What the coach reads when a read left times out (busy-times.ts, ExpansionBudget): which event,
 * by when its series began (titles are never read), and from when its times do not count.
 */
export function leftOutNotice(leftOut: readonly LeftOutNotice[], window: { to: Date; timeZone: string }): string | null {
  const first = leftOut[0];
  if (!first) return null;
  const when = (date: Date, withYear: boolean) =>
    new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", ...(withYear ? { year: "numeric" } : {}), hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: window.timeZone }).format(date);
  const until = first.to.getTime() >= window.to.getTime() ? "" : ` until ${when(first.to, false)}`;
  const others = leftOut.length - 1;
  const more = others ? ` The same goes for ${plural(others, "other repeating event")} in this calendar.` : "";
  if (first.kind === "too-many-times") {
    return `This calendar holds more separate busy times than are kept: from ${when(first.from, false)} on, its times are not counted as busy. Block that time in your availability if you need it.`;
  }
  if (first.kind === "unreadable-event") {
    return `A repeating event that began on ${when(first.seriesStart, true)} has a repeat rule that could not be read${first.reason ? ` (${first.reason.replace(/\.$/, "")})` : ""}, so it is left out: its times are not counted as busy. Change or delete it in that calendar, or block the time in your availability.${more}`;
  }
  const repeats = first.repeats ? `repeats ${first.repeats}` : "repeats very often";
  return `A repeating event that began on ${when(first.seriesStart, true)} ${repeats}, more often than any appointment: from ${when(first.from, false)}${until} its times are not counted as busy, so visitors can still book them. If you did not make it, delete it from that calendar; if you need the time, block it in your availability.${more}`;
}
