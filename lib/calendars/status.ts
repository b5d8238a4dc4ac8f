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
