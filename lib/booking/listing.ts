import { localDate } from "@/lib/time/zones";

export interface DayOfSlots<T extends { start: Date }> {
  date: string;
  slots: T[];
}

/** Slots grouped by calendar day as the visitor reads it in their own zone. */
export function groupByDay<T extends { start: Date }>(slots: readonly T[], timeZone: string): DayOfSlots<T>[] {
  const days = new Map<string, T[]>();
  for (const slot of slots) {
    const date = localDate(slot.start, timeZone);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return [...days.entries()].map(([date, daySlots]) => ({ date, slots: daySlots }));
}
