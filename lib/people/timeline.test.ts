import { describe, expect, it } from "vitest";
import type { PersonRecords } from "@/lib/privacy/public";
import { bookingOutcome, buildTimeline, displayName } from "./timeline";

const now = new Date("2026-12-02T09:00:00Z");
const at = (iso: string) => new Date(iso);
const context = { now, formatWhen: (date: Date) => date.toISOString().slice(0, 16), sourceLabel: (source: string) => `source ${source}` };

const empty: PersonRecords = {
  email: "sam@example.com",
  user: null,
  subscriber: null,
  bookings: [],
  orders: [],
  reversals: [],
  enrollments: [],
  lessonsDone: [],
  checkIns: [],
  emails: [],
  deliveryEvents: [],
  suppression: null,
  notes: [],
};

const booking = (overrides: Partial<PersonRecords["bookings"][number]>): PersonRecords["bookings"][number] => ({
  id: "b1",
  name: "Sam",
  startsAt: at("2026-11-20T10:00:00Z"),
  endsAt: at("2026-11-20T10:30:00Z"),
  status: "confirmed",
  timezone: "UTC",
  answers: [],
  noShow: false,
  cancelledAt: null,
  cancelledBy: null,
  cancelReason: null,
  privateNotes: "",
  createdAt: at("2026-11-18T10:00:00Z"),
  ...overrides,
});

describe("booking outcomes", () => {
  it("reads attended, no-show, upcoming and who cancelled", () => {
    expect(bookingOutcome(booking({}), now)).toBe("Attended");
    expect(bookingOutcome(booking({ noShow: true }), now)).toBe("No-show");
    expect(bookingOutcome(booking({ endsAt: at("2026-12-03T10:30:00Z") }), now)).toBe("Upcoming");
    expect(bookingOutcome(booking({ status: "cancelled", cancelledBy: "coach" }), now)).toBe("Cancelled by you");
    expect(bookingOutcome(booking({ status: "cancelled", cancelledBy: "visitor" }), now)).toBe("Cancelled by them");
  });
});

describe("a person's timeline", () => {
  it("puts all four jobs in one list, newest first, and flags what went wrong", () => {
    const timeline = buildTimeline(
      {
        ...empty,
        subscriber: { id: "s1", firstName: "Sam", status: "confirmed", source: "/", consentText: "Yes", signedUpAt: at("2026-11-01T08:00:00Z"), confirmedAt: at("2026-11-01T08:05:00Z"), unsubscribedAt: null },
        bookings: [booking({ noShow: true, answers: [{ questionId: "q", label: "What brings you here?", answer: "Stiff back" }] })],
        orders: [{ id: "o1", courseTitle: "Calm body", status: "refunded", amount: 14900, amountPaid: 14900, currency: "usd", paymentIntentId: "pi_1", note: null, createdAt: at("2026-11-25T09:00:00Z"), paidAt: at("2026-11-25T09:01:00Z"), refundedAt: at("2026-11-28T09:00:00Z") }],
        reversals: [{ paymentIntentId: "pi_1", kind: "refunded", occurredAt: at("2026-11-28T09:00:00Z") }],
        checkIns: [{ routineTitle: "Foot release", routineSlug: "foot", before: 7, after: 3, completedAt: at("2026-11-10T07:00:00Z") }],
        emails: [{ id: "e1", kind: "newsletter", template: "broadcast", subject: "Letter one", status: "sent", deliveryStatus: "bounced", lastError: null, createdAt: at("2026-11-30T07:00:00Z"), sentAt: at("2026-11-30T07:01:00Z") }],
        notes: [{ id: "n1", body: "Prefers mornings", createdAt: at("2026-12-01T12:00:00Z") }],
      },
      context,
    );
    expect(timeline.map((entry) => entry.title)).toEqual([
      "Your note",
      "Letter: Letter one",
      "Refunded: Calm body",
      "Bought Calm body",
      "Booked a call for 2026-11-20T10:00",
      "Practised Foot release",
      "Confirmed their subscription",
      "Signed up to the newsletter",
    ]);
    const flagged = timeline.filter((entry) => entry.attention).map((entry) => entry.title);
    expect(flagged).toEqual(["Letter: Letter one", "Refunded: Calm body", "Booked a call for 2026-11-20T10:00"]);
    expect(timeline.find((entry) => entry.kind === "booking")?.details).toEqual(["Outcome: No-show", "What brings you here? “Stiff back”"]);
    expect(timeline.find((entry) => entry.kind === "practice")?.details).toEqual(["Tension before 7, after 3 (0–10)"]);
    expect(timeline.at(-1)?.details[0]).toBe("From: source /");
  });

  it("names a person by their account, then their latest booking, then their newsletter name", () => {
    expect(displayName(empty)).toBeNull();
    expect(displayName({ ...empty, subscriber: { firstName: "Sammy" } as PersonRecords["subscriber"] })).toBe("Sammy");
    expect(displayName({ ...empty, bookings: [booking({ name: "Sam Booker" })], subscriber: { firstName: "Sammy" } as PersonRecords["subscriber"] })).toBe("Sam Booker");
  });
});
