import type { Executor } from "@/db/connect";
import type { Booking } from "@/db/schema";
import type { Availability } from "./queries";
import { listExternalBusy } from "@/lib/calendars/public";
import { listBusy } from "./queries";
import { generateSlots, type Slot } from "./slots";

const DAY = 86_400_000;

/**
 * Free slots in a window, read through the executor given (inside a transaction, its `tx`): the
 * coach's bookings and the busy times of their other calendars.
 * `ignoring` leaves one booking's own time out of the busy list, so a booking can move onto a
 * time that overlaps where it is now.
 */
export async function freeSlots(
  db: Executor,
  input: { availability: Availability; coachTimeZone: string; from: Date; to: Date; now: Date; ignoring?: Booking },
): Promise<Slot[]> {
  const { availability, ignoring } = input;
  const around = { from: new Date(input.from.getTime() - DAY), to: new Date(input.to.getTime() + DAY) };
  // One after the other: inside a transaction both go through its one connection anyway.
  const bookings = await listBusy(db, around.from, around.to);
  const blocked = await listExternalBusy(db, around.from, around.to);
  const busy = bookings.filter((other) => !ignoring || other.start.getTime() !== ignoring.startsAt.getTime());
  return generateSlots({
    now: input.now,
    timeZone: input.coachTimeZone,
    rules: availability.rules,
    overrides: availability.overrides,
    settings: availability.settings,
    busy,
    blocked,
    from: input.from,
    to: input.to,
  });
}

/** The slot starting exactly at `start`, if it is offered right now (buffers, notice and rules re-checked). */
export async function offeredSlot(db: Executor, input: Omit<Parameters<typeof freeSlots>[1], "from" | "to"> & { start: Date }) {
  const around = await freeSlots(db, { ...input, from: new Date(input.start.getTime() - 1), to: new Date(input.start.getTime() + 1) });
  return around.find((candidate) => candidate.start.getTime() === input.start.getTime()) ?? null;
}
