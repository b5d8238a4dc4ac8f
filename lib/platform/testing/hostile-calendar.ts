/**
 * A calendar file as an attacker would shape it: events repeating every second since 1990. Anyone
 * can put one in the coach's calendar by sending her an invitation. About 130 bytes an event, so 10
 * events are 1.3 KB and 38,000 just under the 5 MB a calendar may be.
 */
export function hostileCalendar(events: number): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//attacker//storm//EN"];
  for (let n = 0; n < events; n += 1) {
    lines.push("BEGIN:VEVENT", `UID:storm-${n}@attacker.test`, "DTSTART:19900101T000000Z", "DTEND:19900101T000001Z", "RRULE:FREQ=SECONDLY", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.join("\r\n");
}
