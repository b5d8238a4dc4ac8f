export interface MinuteInterval {
  startMinute: number;
  endMinute: number;
}

const TIME = /^([01]?\d|2[0-4]):([0-5]\d)$/;

function minutes(value: string): number | null {
  const match = TIME.exec(value.trim());
  if (!match) return null;
  const total = Number(match[1]) * 60 + Number(match[2]);
  return total <= 24 * 60 ? total : null;
}

const clock = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** "09:00-12:00, 14:00-17:00" → intervals; a clear message for anything else. Empty means closed. */
export function parseIntervals(text: string): { ok: true; intervals: MinuteInterval[] } | { ok: false; error: string } {
  const parts = text.split(",").map((part) => part.trim()).filter(Boolean);
  const intervals: MinuteInterval[] = [];
  for (const part of parts) {
    const [from, to, extra] = part.split(/[-–]/);
    const startMinute = from === undefined ? null : minutes(from);
    const endMinute = to === undefined ? null : minutes(to);
    if (extra !== undefined || startMinute === null || endMinute === null) {
      return { ok: false, error: `“${part}” is not a time range. Use times like 09:00-12:00, separated by commas.` };
    }
    if (startMinute >= endMinute) return { ok: false, error: `In “${part}” the end must be after the start.` };
    intervals.push({ startMinute, endMinute });
  }
  intervals.sort((a, b) => a.startMinute - b.startMinute);
  for (let index = 1; index < intervals.length; index += 1) {
    if (intervals[index]!.startMinute < intervals[index - 1]!.endMinute) {
      return { ok: false, error: "Two of these ranges overlap; join them into one." };
    }
  }
  return { ok: true, intervals };
}

export function formatIntervals(intervals: readonly MinuteInterval[]): string {
  return [...intervals]
    .sort((a, b) => a.startMinute - b.startMinute)
    .map((interval) => `${clock(interval.startMinute)}-${clock(interval.endMinute)}`)
    .join(", ");
}
