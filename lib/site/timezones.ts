import { timeZoneDirectory } from "./time-zone-directory";

// The list never changes while the process runs; reading it from Intl costs a few milliseconds.
let zones: readonly string[] | undefined;
let known: ReadonlySet<string> | undefined;

/** Every IANA zone this runtime knows, for the coach's timezone picker and its validation. */
export function ianaTimeZones(): readonly string[] {
  if (!zones) {
    const all = Intl.supportedValuesOf("timeZone");
    zones = all.includes("UTC") ? all : ["UTC", ...all];
  }
  return zones;
}

/**
 * Whether a zone is known. Intl's list holds one name per zone, often the old one
 * ("Asia/Calcutta"), while browsers and the tz database now say "Asia/Kolkata": the current names
 * and old aliases from the tz database count too, so a visitor's zone name is never refused.
 */
export function isIanaTimeZone(value: string): boolean {
  known ??= new Set([...ianaTimeZones(), ...timeZoneDirectory().flatMap((zone) => [zone.name, ...zone.aliases])]);
  return known.has(value);
}
