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

  it("runs a day before, or at once for a booking sooner than that", () => {
    expect(reminderRunAt(startsAt, new Date("2026-06-01T00:00:00Z")).toISOString()).toBe("2026-06-09T08:00:00.000Z");
    expect(reminderRunAt(startsAt, new Date("2026-06-09T20:00:00Z")).toISOString()).toBe("2026-06-09T20:00:00.000Z");
  });
});
