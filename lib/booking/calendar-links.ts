/**
 * "Add to calendar" links for a consultation: Google and Outlook take the event in their address;
 * Apple Calendar and everything else take the .ics file the manage page serves.
 */
export interface CalendarEvent {
  title: string;
  start: Date;
  end: Date;
  details: string;
  location: string;
}

/** 20261203T140000Z: the UTC form Google's template link expects. */
function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

export function googleCalendarUrl(event: CalendarEvent): string {
  const url = new URL("https://calendar.google.com/calendar/render");
  url.searchParams.set("action", "TEMPLATE");
  url.searchParams.set("text", event.title);
  url.searchParams.set("dates", `${utcStamp(event.start)}/${utcStamp(event.end)}`);
  url.searchParams.set("details", event.details);
  if (event.location) url.searchParams.set("location", event.location);
  return url.toString();
}

export function outlookCalendarUrl(event: CalendarEvent): string {
  const url = new URL("https://outlook.live.com/calendar/0/action/compose");
  url.searchParams.set("rru", "addevent");
  url.searchParams.set("subject", event.title);
  url.searchParams.set("startdt", event.start.toISOString());
  url.searchParams.set("enddt", event.end.toISOString());
  url.searchParams.set("body", event.details);
  if (event.location) url.searchParams.set("location", event.location);
  return url.toString();
}
