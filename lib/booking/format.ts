/** "Tuesday 2 June 2026, 09:00–09:30" in a zone, with the zone's readable name. */
export function formatSlot(start: Date, end: Date, timeZone: string, locale = "en-GB"): string {
  const day = new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(start);
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  return `${day}, ${time.format(start)}–${time.format(end)}`;
}

export function formatTime(instant: Date, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

export function formatDay(instant: Date, timeZone: string, locale = "en-GB"): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long" }).format(instant);
}

/** "Europe/Berlin" → "Europe / Berlin"; readable in a list and in emails. */
export function zoneLabel(timeZone: string): string {
  return timeZone.replaceAll("_", " ").replaceAll("/", " / ");
}
