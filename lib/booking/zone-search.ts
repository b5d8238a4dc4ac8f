import type { TimeZoneEntry } from "@/lib/site/time-zone-directory";
import { zoneLongName } from "./slot-display";

/** How many matches the booking page's zone search lists. */
export const MAX_ZONE_RESULTS = 8;

function normalise(text: string) {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}

export interface IndexedZone {
  entry: TimeZoneEntry;
  /** Country and cities: "india", "mumbai delhi kolkata". */
  place: string;
  /** What the zone is called: "india time india standard time". */
  called: string;
  /** IANA names old and new, as words: "asia kolkata asia calcutta". */
  names: string;
}

function indexZone(entry: TimeZoneEntry, at: Date): IndexedZone {
  return {
    entry,
    place: normalise(`${entry.countryName} ${entry.cities.join(" ")}`),
    called: normalise(`${entry.alternativeName} ${zoneLongName(entry.name, at)}`),
    names: normalise([entry.name, ...entry.aliases].join(" ").replace(/[_/]/g, " ")),
  };
}

const wholeWord = (text: string, word: string) => ` ${text} `.includes(` ${word} `);
const wordStart = (text: string, word: string) => ` ${text}`.includes(` ${word}`);

/**
 * Lower is better; null when a word matches nothing. A country or city named in full beats what a
 * zone is called ("India" finds India before Sri Lanka, which keeps India Standard Time), which beats
 * the start of a word ("India" before Indiana), which beats an old IANA name.
 */
function score(item: IndexedZone, words: string[]): number | null {
  let total = 0;
  for (const word of words) {
    if (wholeWord(item.place, word)) total += 0;
    else if (wholeWord(item.called, word)) total += 1;
    else if (wordStart(item.place, word) || wordStart(item.called, word)) total += 2;
    else if (wordStart(item.names, word)) total += 3;
    else if (`${item.place} ${item.called} ${item.names}`.includes(word)) total += 4;
    else return null;
  }
  return total;
}

/** The directory, ready to search (what each zone is called depends on the date: summer time). */
export function indexZones(directory: readonly TimeZoneEntry[], at: Date): IndexedZone[] {
  return directory.map((entry) => indexZone(entry, at));
}

/** The best matches for what the visitor typed; with nothing typed, their device's zone comes first. */
export function searchZones(indexed: readonly IndexedZone[], query: string, detected: string | null, limit = MAX_ZONE_RESULTS): TimeZoneEntry[] {
  const words = normalise(query).split(/[\s,/]+/).filter(Boolean);
  const ranked = indexed
    .map((item, position) => ({ item, position, score: words.length === 0 ? 0 : score(item, words) }))
    .filter((candidate): candidate is { item: IndexedZone; position: number; score: number } => candidate.score !== null)
    .sort((a, b) => a.score - b.score || a.position - b.position);
  const entries = ranked.map(({ item }) => item.entry);
  if (words.length === 0 && detected) {
    const own = entries.findIndex((entry) => entry.name === detected || entry.aliases.includes(detected));
    if (own > 0) entries.unshift(...entries.splice(own, 1));
  }
  return entries.slice(0, limit);
}
