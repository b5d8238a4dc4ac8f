import { describe, expect, it } from "vitest";
import { reminderRunAt, shouldSendReminder } from "./reminders";

const startsAt = new Date("2026-06-10T08:00:00Z");
const now = new Date("2026-06-09T08:00:00Z");
const job = { bookingId: "b", startsAt: startsAt.toISOString() };

describe("reminders", () => {
  it("sends for a confirmed booking at the time it was scheduled for", () => {
    expect(shouldSendReminder({ status: "confirmed", startsAt, reminderSentAt: null }, job, now)).toBe(true);
  });

  it("sends nothing for a cancelled, moved, already reminded or past booking", () => {
    expect(shouldSendReminder({ status: "cancelled", startsAt, reminderSentAt: null }, job, now)).toBe(false);
    expect(shouldSendReminder({ status: "confirmed", startsAt: new Date("2026-06-11T08:00:00Z"), reminderSentAt: null }, job, now)).toBe(false);
    expect(shouldSendReminder({ status: "confirmed", startsAt, reminderSentAt: now }, job, now)).toBe(false);
    expect(shouldSendReminder({ status: "confirmed", startsAt, reminderSentAt: null }, job, new Date("2026-06-10T09:00:00Z"))).toBe(false);
    expect(shouldSendReminder(null, job, now)).toBe(false);
  });

  it("runs a day before the call", () => {
    expect(reminderRunAt(startsAt, new Date("2026-06-01T00:00:00Z"))?.toISOString()).toBe("2026-06-09T08:00:00.000Z");
  });

  it("sends none that would arrive with (or soon after) the confirmation: under 36 hours ahead, the confirmation is the reminder", () => {
    // Booked 14 hours ahead: the old rule sent "Tomorrow" in the same second as the confirmation.
    expect(reminderRunAt(startsAt, new Date("2026-06-09T18:00:00Z"))).toBeNull();
    // Booked 26 hours ahead: the reminder would come two hours after the confirmation.
    expect(reminderRunAt(startsAt, new Date("2026-06-09T06:00:00Z"))).toBeNull();
    // Just under and exactly at the boundary (36 hours ahead: twelve hours between the two emails).
    expect(reminderRunAt(startsAt, new Date("2026-06-08T20:00:01Z"))).toBeNull();
    expect(reminderRunAt(startsAt, new Date("2026-06-08T20:00:00Z"))?.toISOString()).toBe("2026-06-09T08:00:00.000Z");
    expect(reminderRunAt(startsAt, new Date(startsAt.getTime() + 60_000))).toBeNull();
  });
});
