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

export function isIanaTimeZone(value: string): boolean {
  known ??= new Set(ianaTimeZones());
  return known.has(value);
}
