/**
 * One rule for how a booking's times read, on the page, in emails and in invites: the words in
 * the page's own language (English, in the visitor's variant when they read English, so a US
 * visitor gets "Tuesday, December 8"), and the hours in the visitor's clock habit (12- or 24-hour,
 * from their locale unless they chose). A German browser used to get "Dienstag, 8. Dezember"
 * inside the English page. Plain Intl, so it runs in the browser as well as on the server.
 */

export const HOUR_CYCLES = ["h12", "h23"] as const;
export type HourCycle = (typeof HOUR_CYCLES)[number];

/** The site's own English, for visitors who read another language. */
export const SITE_ENGLISH = "en-GB";

export function isHourCycle(value: unknown): value is HourCycle {
  return value === "h12" || value === "h23";
}

/** "h12" for en-US or en-IN, "h23" for de-DE, fr-FR or en-GB: how the locale writes the hour. */
export function clockHabit(locale: string | null | undefined): HourCycle {
  if (!locale) return "h23";
  try {
    const cycle = new Intl.DateTimeFormat(locale, { hour: "numeric" }).resolvedOptions().hourCycle;
    return cycle === "h11" || cycle === "h12" ? "h12" : "h23";
  } catch {
    return "h23";
  }
}

/** The English the page's words are written in: the visitor's own variant of it, else the site's. */
export function pageEnglish(locale: string | null | undefined): string {
  if (!locale || !/^en(-|$)/i.test(locale)) return SITE_ENGLISH;
  try {
    return Intl.DateTimeFormat.supportedLocalesOf(locale)[0] ?? SITE_ENGLISH;
  } catch {
    return SITE_ENGLISH;
  }
}

/** The words and the clock for a visitor's locale, unless they chose a clock themselves. */
export function readingHabit(locale: string | null | undefined, chosen?: unknown): { words: string; hourCycle: HourCycle } {
  return { words: pageEnglish(locale), hourCycle: isHourCycle(chosen) ? chosen : clockHabit(locale) };
}
