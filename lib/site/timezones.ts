/** Every IANA zone this runtime knows, for the coach's timezone picker and its validation. */
export function ianaTimeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

export function isIanaTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return ianaTimeZones().includes(value);
  } catch {
    return false;
  }
}
