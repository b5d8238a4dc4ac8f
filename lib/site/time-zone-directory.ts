import { getTimeZones } from "@vvo/tzdb";

/** One entry of the visitor's time-zone search: current IANA name, old names, and what people call it. */
export interface TimeZoneEntry {
  /** Current IANA name ("Asia/Kolkata", "Europe/Kyiv"). */
  name: string;
  /** Older names of the same zone ("Asia/Calcutta") that browsers and old links may still use. */
  aliases: string[];
  /** "India Time", "Central European Time". */
  alternativeName: string;
  countryName: string;
  /** The zone's own city first, then the country's main cities. */
  cities: string[];
}

let directory: TimeZoneEntry[] | undefined;

/**
 * Every zone people live in, from the tz database as @vvo/tzdb groups it (one entry per set of
 * zones that keep the same time): served once per build to the booking page's zone search.
 */
export function timeZoneDirectory(): TimeZoneEntry[] {
  directory ??= getTimeZones({ includeUtc: true }).map((zone) => {
    const ownCity = zone.name.split("/").pop()!.replaceAll("_", " ");
    return {
      name: zone.name,
      aliases: zone.group.filter((alias) => alias !== zone.name),
      alternativeName: zone.alternativeName,
      countryName: zone.countryName,
      cities: [...new Set([ownCity, ...zone.mainCities])].filter(Boolean),
    };
  });
  return directory;
}
