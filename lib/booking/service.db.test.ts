import { and, eq, sql } from "drizzle-orm";
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { availabilityRules, bookings, bookingSettings, emailOutbox, intakeQuestions } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { inviteStart } from "./ics";
import type { ReminderJob } from "./reminders";
import { createBookingService, hashToken, type BookingService } from "./service";

const database = freshTestDatabase();
// A Monday; the coach works 09:00–17:00 in Berlin every weekday.
const now = new Date("2026-06-01T06:00:00Z");
const coach = { name: "Mira Holloway", email: "coach@example.com", timeZone: "Europe/Berlin" };
const sent: { template: string; to: string; props?: unknown; attachments?: { content: string }[] }[] = [];
const reminders: { job: ReminderJob; runAt: Date }[] = [];
let service: BookingService;
let questionId: string;

// A slot on Tuesday 2 June, 10:00 Berlin = 08:00 UTC.
const SLOT = new Date("2026-06-02T08:00:00Z");

beforeAll(async () => {
  const { db } = database();
  await db.update(bookingSettings).set({ location: "https://meet.example.com/mira" });
  await db.insert(availabilityRules).values([1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 })));
  const [question] = await db.insert(intakeQuestions).values({ position: 0, label: "What brings you here?", kind: "long_text", required: true }).returning();
  questionId = question!.id;
  // The real email service writes to the outbox inside the booking's transaction; here the rows
  // are written the same way and also remembered, to see exactly what went out.
  service = createBookingService(serviceDeps());
});

function serviceDeps(): Parameters<typeof createBookingService>[0] {
  const { db } = database();
  return {
    db,
    coach: async () => coach,
    appUrl: "https://coach.example",
    secret: "test-secret-test-secret-test-secret",
    now: () => now,
    scheduleReminder: async (_tx, job, runAt) => {
      reminders.push({ job, runAt });
    },
    email: {
      async sendEmail(input) {
        sent.push({ template: input.template, to: input.to, props: input.props, attachments: input.attachments });
        const executor = input.tx ?? db;
        await executor.insert(emailOutbox).values({
          kind: "transactional",
          template: input.template,
          toAddress: input.to,
          fromAddress: "hello@example.com",
          subject: input.template,
          html: "",
          text: "",
          attachments: input.attachments ?? [],
        });
        return undefined as never;
      },
    },
  };
}

const request = (overrides: Partial<Parameters<BookingService["book"]>[0]> = {}) => ({
  start: SLOT,
  name: "Sam Reader",
  email: `sam-${Math.random().toString(36).slice(2)}@example.com`,
  timezone: "America/New_York",
  answers: { [questionId]: "A stiff lower back." },
  consent: true as const,
  ...overrides,
});

describe("booking a consultation", () => {
  it("50 people booking one slot at once: exactly one booking, 49 clear refusals", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => service.book(request(), null)));
    const booked = results.filter((result) => result.ok);
    const refused = results.filter((result) => !result.ok);
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(49);
    for (const result of refused) {
      expect(result).toMatchObject({ ok: false, reason: "taken", message: "That time was just taken. Here are the times still free." });
      if (!result.ok && result.reason === "taken") expect(result.slots.some((slot) => slot.start.getTime() === SLOT.getTime())).toBe(false);
    }
    const rows = await database().db.select().from(bookings).where(eq(bookings.startsAt, SLOT));
    expect(rows).toHaveLength(1);
  });

  it("the database itself refuses an overlapping range, even from raw SQL (23P01)", async () => {
    const { sql: raw } = database();
    const attempt = raw`
      insert into bookings (starts_at, ends_at, name, email, timezone, consent_at, manage_token_hash)
      values ('2026-06-02T08:15:00Z', '2026-06-02T08:45:00Z', 'Raw', 'raw@example.com', 'UTC', now(), 'raw-token-hash')`;
    await expect(attempt).rejects.toMatchObject({ code: "23P01", constraint_name: "bookings_no_overlap" });
    // Back to back is fine: [08:30, 09:00) touches [08:00, 08:30) but does not overlap it.
    await raw`
      insert into bookings (starts_at, ends_at, name, email, timezone, consent_at, manage_token_hash, status, cancelled_at)
      values ('2026-06-02T08:30:00Z', '2026-06-02T09:00:00Z', 'Raw', 'raw2@example.com', 'UTC', now(), 'raw-token-hash-2', 'cancelled', now())`;
  });

  it("sends the visitor an invite whose start is the chosen slot, and the coach the answers", async () => {
    const slot = new Date("2026-06-03T12:00:00Z");
    const email = "invite@example.com";
    const result = await service.book(request({ start: slot, email }), null);
    expect(result.ok).toBe(true);
    const confirmation = sent.find((message) => message.template === "booking-confirmed" && message.to === email);
    const ics = Buffer.from(confirmation!.attachments![0]!.content, "base64").toString("utf8");
    expect(ics).toContain("METHOD:REQUEST");
    expect(inviteStart(ics)?.toISOString()).toBe(slot.toISOString());
    expect(sent.some((message) => message.template === "booking-notification" && message.to === coach.email)).toBe(true);
  });

  it("a retry with the same Idempotency-Key returns the same booking and sends no second email", async () => {
    const slot = new Date("2026-06-04T09:00:00Z");
    const body = request({ start: slot, email: "retry@example.com" });
    const first = await service.book(body, "key-123");
    const second = await service.book(body, "key-123");
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.booking.id).toBe(first.booking.id);
    expect(second.manageToken).toBe(first.manageToken);
    expect(second.replayed).toBe(true);
    const { db } = database();
    expect(await db.$count(bookings, eq(bookings.email, "retry@example.com"))).toBe(1);
    expect(await db.$count(emailOutbox, and(eq(emailOutbox.toAddress, "retry@example.com"), eq(emailOutbox.template, "booking-confirmed")))).toBe(1);
  });

  it("tells the cache when the calendar changed: a booking, a move, a cancellation; never a replay or a refusal", async () => {
    const changes: string[] = [];
    const watched = createBookingService({ ...serviceDeps(), onBusyTimesChanged: () => changes.push("changed") });
    const body = request({ start: new Date("2026-06-05T09:00:00Z"), email: "watched@example.com" });
    const booked = await watched.book(body, "watched-key");
    expect(changes).toHaveLength(1);
    await watched.book(body, "watched-key"); // a retried request
    await watched.book({ ...body, email: "other-watched@example.com" }, null); // the same time: refused
    expect(changes).toHaveLength(1);
    if (!booked.ok) throw new Error("setup failed");
    expect((await watched.move(booked.manageToken, new Date("2026-06-05T10:00:00Z"))).ok).toBe(true);
    expect((await watched.cancelByVisitor(booked.manageToken, null)).ok).toBe(true);
    expect(changes).toHaveLength(3);
  });

  it("one upcoming consultation per address", async () => {
    const email = "twice@example.com";
    expect((await service.book(request({ start: new Date("2026-06-05T07:00:00Z"), email }), null)).ok).toBe(true);
    const again = await service.book(request({ start: new Date("2026-06-05T09:00:00Z"), email }), null);
    expect(again).toMatchObject({ ok: false, reason: "already-booked" });
  });

  it("never tells someone who types an address when that address has a consultation: the owner gets an email instead", async () => {
    const email = "private@example.com";
    expect((await service.book(request({ start: new Date("2026-06-08T07:00:00Z"), email }), null)).ok).toBe(true);
    const attempt = await service.book(request({ start: new Date("2026-06-08T09:00:00Z"), email, name: "Someone else" }), null);
    expect(attempt.ok).toBe(false);
    const answer = JSON.stringify(attempt);
    expect(answer).not.toMatch(/June|08|09:00|10:00|Monday/);
    // One notice, to the owner of the address, about the booking they already have.
    const notice = sent.filter((message) => message.template === "booking-existing" && message.to === email);
    expect(notice).toHaveLength(1);
    expect(sent.filter((message) => message.template === "booking-existing" && message.to !== email && message.to !== "twice@example.com")).toEqual([]);
  });

  it("a borrowed Idempotency-Key does not hand out someone else's booking", async () => {
    const slot = new Date("2026-06-04T12:00:00Z");
    const owner = await service.book(request({ start: slot, email: "owner@example.com" }), "owner-key-0123456789");
    expect(owner.ok).toBe(true);
    const thief = await service.book(request({ start: slot, email: "thief@example.com", name: "Thief" }), "owner-key-0123456789");
    expect(thief).toEqual({ ok: false, reason: "key-reused", message: expect.stringContaining("was used for another request") });
    const otherTime = await service.book(request({ start: new Date("2026-06-04T13:00:00Z"), email: "owner@example.com" }), "owner-key-0123456789");
    expect(otherTime).toMatchObject({ ok: false, reason: "key-reused" });
    expect(JSON.stringify(thief)).not.toContain("owner@example.com");
  });

  it("refuses a time outside the opening hours, and missing answers, writing nothing", async () => {
    const { db } = database();
    const before = await db.$count(bookings);
    expect(await service.book(request({ start: new Date("2026-06-06T08:00:00Z") }), null)).toMatchObject({ ok: false, reason: "unavailable" }); // Saturday
    expect(await service.book(request({ start: new Date("2026-06-03T08:00:00Z"), answers: {} }), null)).toMatchObject({
      ok: false,
      reason: "invalid",
      errors: { [questionId]: "Please answer this question." },
    });
    expect(await db.$count(bookings)).toBe(before);
  });

  it("cancelling by the private link frees the slot and sends a CANCEL invite with a higher sequence", async () => {
    const slot = new Date("2026-06-08T08:00:00Z");
    const booked = await service.book(request({ start: slot, email: "cancel@example.com" }), null);
    if (!booked.ok) throw new Error("setup failed");
    const stored = await database().db.select().from(bookings).where(eq(bookings.id, booked.booking.id));
    expect(stored[0]!.manageTokenHash).toBe(hashToken(booked.manageToken));
    expect(stored[0]!.manageTokenHash).not.toContain(booked.manageToken);

    expect((await service.availableSlots(new Date(slot.getTime() - 1), new Date(slot.getTime() + 1))).length).toBe(0);
    const cancelled = await service.cancelByVisitor(booked.manageToken, "Something came up.");
    expect(cancelled).toMatchObject({ ok: true, booking: { status: "cancelled", sequence: 1, cancelReason: "Something came up." } });
    expect((await service.availableSlots(new Date(slot.getTime() - 1), new Date(slot.getTime() + 1))).map((free) => free.start)).toEqual([slot]);
    const message = sent.find((entry) => entry.template === "booking-cancelled" && entry.to === "cancel@example.com");
    const ics = Buffer.from(message!.attachments![0]!.content, "base64").toString("utf8");
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("SEQUENCE:1");
    expect(await service.cancelByVisitor(booked.manageToken, null)).toMatchObject({ ok: false, reason: "already-cancelled" });
    expect(await service.cancelByVisitor("not-a-token", null)).toMatchObject({ ok: false, reason: "not-found" });
  });

  it("past the cut-off, the visitor is sent to the coach instead", async () => {
    const soon = new Date(now.getTime() + 13 * 3600_000); // bookable (12 h notice) …
    const slots = await service.availableSlots(soon, new Date(soon.getTime() + 36 * 3600_000));
    const booked = await service.book(request({ start: slots[0]!.start, email: "late@example.com" }), null);
    if (!booked.ok) throw new Error("setup failed");
    await database().db.execute(sql`update booking_settings set cancel_cutoff_minutes = 48 * 60`);
    // … but inside a 48-hour cut-off.
    expect(await service.cancelByVisitor(booked.manageToken, null)).toMatchObject({ ok: false, reason: "too-late" });
    await database().db.execute(sql`update booking_settings set cancel_cutoff_minutes = 720`);
  });

  it("moves a booking atomically: the old time is freed, the new one taken, the invite's sequence raised", async () => {
    const { db } = database();
    const from = new Date("2026-06-09T07:00:00Z");
    const to = new Date("2026-06-09T12:00:00Z");
    const booked = await service.book(request({ start: from, email: "mover@example.com" }), null);
    if (!booked.ok) throw new Error("setup failed");
    const moved = await service.move(booked.manageToken, to);
    expect(moved).toMatchObject({ ok: true, booking: { startsAt: to, sequence: 1 } });
    const free = (await service.availableSlots(new Date(from.getTime() - 1), new Date(to.getTime() + 1))).map((slot) => slot.start.getTime());
    expect(free).toContain(from.getTime());
    expect(free).not.toContain(to.getTime());
    expect(await db.$count(bookings, eq(bookings.email, "mover@example.com"))).toBe(1);
    const email = sent.filter((entry) => entry.template === "booking-confirmed" && entry.to === "mover@example.com").at(-1)!;
    const ics = Buffer.from(email.attachments![0]!.content, "base64").toString("utf8");
    expect(ics).toContain("SEQUENCE:1");
    expect(inviteStart(ics)?.toISOString()).toBe(to.toISOString());

    // Onto someone else's time: refused, nothing changes.
    const other = await service.book(request({ start: new Date("2026-06-09T13:00:00Z"), email: "other@example.com" }), null);
    if (!other.ok) throw new Error("setup failed");
    expect(await service.move(booked.manageToken, new Date("2026-06-09T13:00:00Z"))).toMatchObject({ ok: false });
    const [still] = await db.select().from(bookings).where(eq(bookings.id, booked.booking.id));
    expect(still!.startsAt).toEqual(to);
  });

  it("moves to an earlier time, and a cancelled booking's link can move nothing", async () => {
    const later = new Date("2026-06-10T14:00:00Z");
    const earlier = new Date("2026-06-10T07:30:00Z");
    const booked = await service.book(request({ start: later, email: "earlier@example.com" }), null);
    if (!booked.ok) throw new Error("setup failed");
    expect(await service.move(booked.manageToken, earlier)).toMatchObject({ ok: true, booking: { startsAt: earlier } });
    expect((await service.availableSlots(new Date(later.getTime() - 1), new Date(later.getTime() + 1))).map((slot) => slot.start)).toEqual([later]);

    expect((await service.cancelByVisitor(booked.manageToken, null)).ok).toBe(true);
    expect(await service.move(booked.manageToken, later)).toMatchObject({ ok: false });
    const [row] = await database().db.select().from(bookings).where(eq(bookings.id, booked.booking.id));
    expect(row).toMatchObject({ status: "cancelled", startsAt: earlier });
  });

  it("gives the manage page a calendar file with the personal link, and a cancellation once cancelled", async () => {
    const slot = new Date("2026-06-11T08:00:00Z");
    const booked = await service.book(request({ start: slot, email: "calendar@example.com" }), null);
    if (!booked.ok) throw new Error("setup failed");
    const entry = await service.calendarEntry(booked.manageToken);
    const unfolded = entry!.ics.replace(/\r\n[ \t]/g, "");
    expect(unfolded).toContain("METHOD:REQUEST");
    expect(unfolded).toContain(`URL:https://coach.example/bookings/${booked.manageToken}`);
    expect(inviteStart(entry!.ics)?.toISOString()).toBe(slot.toISOString());
    expect(entry!.event.details).toContain("Join the call:\nhttps://meet.example.com/mira");
    await service.cancelByVisitor(booked.manageToken, null);
    expect((await service.calendarEntry(booked.manageToken))!.ics).toContain("METHOD:CANCEL");
    expect(await service.calendarEntry("not-a-token")).toBeNull();
  });

  it("with video rooms, every booking's email, invite and manage page carry its own room", async () => {
    const { db } = database();
    await db.update(bookingSettings).set({ locationKind: "video-room", location: "" });
    try {
      const first = await service.book(request({ start: new Date("2026-06-16T08:00:00Z"), email: "room-1@example.com" }), null);
      const second = await service.book(request({ start: new Date("2026-06-16T09:00:00Z"), email: "room-2@example.com" }), null);
      if (!first.ok || !second.ok) throw new Error("setup failed");
      const room = (await service.manageView(first.manageToken))!.location;
      expect(room).toMatch(/^https:\/\/meet\.jit\.si\/Consultation-[A-Za-z0-9]{20}$/);
      expect((await service.manageView(second.manageToken))!.location).not.toBe(room);
      const mail = sent.find((entry) => entry.template === "booking-confirmed" && entry.to === "room-1@example.com")!;
      const ics = Buffer.from(mail.attachments![0]!.content, "base64").toString("utf8").replace(/\r\n[ \t]/g, "");
      expect(ics).toContain(`LOCATION:${room}`);
      expect((await service.calendarEntry(first.manageToken))!.event.details).toContain(`Join the call:\n${room}`);
    } finally {
      await db.update(bookingSettings).set({ locationKind: "link", location: "https://meet.example.com/mira" });
    }
  });

  it("feeds the coach's calendar app every live booking with its answers, no visitor's manage link, cancelled ones left out, at an address that can be renewed", async () => {
    expect(await service.calendarFeedAddress()).toBeNull();
    expect(await service.calendarFeed("x".repeat(43))).toBeNull();
    await service.renewCalendarFeed();
    const address = (await service.calendarFeedAddress())!;
    expect(address).toMatch(/^https:\/\/coach\.example\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = address.split("/").pop()!.replace(/\.ics$/, "");

    const kept = await service.book(request({ start: new Date("2026-06-15T08:00:00Z"), name: 'Ana "Feed" Ruiz', email: "feed-kept@example.com" }), null);
    const dropped = await service.book(request({ start: new Date("2026-06-15T09:00:00Z"), email: "feed-dropped@example.com" }), null);
    if (!kept.ok || !dropped.ok) throw new Error("setup failed");
    await service.cancelByVisitor(dropped.manageToken, "Travelling.");

    const text = (await service.calendarFeed(token))!;
    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    const keptEvent = events.find((event) => event.uid === `booking-${kept.booking.id}@coach.example`)!;
    expect(keptEvent.summary).toBe('Consultation with Ana "Feed" Ruiz');
    expect(keptEvent.startDate.toJSDate().toISOString()).toBe("2026-06-15T08:00:00.000Z");
    expect(keptEvent.description).toContain("What brings you here?\nA stiff lower back.");
    expect(keptEvent.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(keptEvent.component.getFirstPropertyValue("url")).toBe("https://coach.example/admin/bookings");
    // Whoever reads the coach's calendar (Google, Apple, an assistant) cannot move or cancel anyone's call.
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    for (const manageToken of [kept.manageToken, dropped.manageToken]) expect(unfolded).not.toContain(manageToken);
    expect(unfolded).not.toMatch(/\/bookings\//);
    // A cancelled booking leaves the feed; a subscribed calendar then removes its copy.
    expect(events.some((event) => event.uid === `booking-${dropped.booking.id}@coach.example`)).toBe(false);
    expect(unfolded).not.toContain("feed-dropped@example.com");
    expect(unfolded).not.toContain("STATUS:CANCELLED");

    // A new address voids the old one; off means no address at all.
    await service.renewCalendarFeed();
    expect(await service.calendarFeed(token)).toBeNull();
    expect(await service.calendarFeedAddress()).not.toBe(address);
    await service.stopCalendarFeed();
    expect(await service.calendarFeedAddress()).toBeNull();
  });

  it("schedules a reminder a day before, and a moved or cancelled booking gets none for the old time", async () => {
    const start = new Date("2026-06-10T08:00:00Z");
    const booked = await service.book(request({ start, email: "remind@example.com" }), null);
    if (!booked.ok) throw new Error("setup failed");
    const scheduled = reminders.find((entry) => entry.job.bookingId === booked.booking.id)!;
    expect(scheduled.runAt.toISOString()).toBe("2026-06-09T08:00:00.000Z");
    expect((sent.findLast((entry) => entry.to === "remind@example.com" && entry.template === "booking-confirmed")!.props as { reminder?: boolean }).reminder).toBe(true);

    const later = new Date("2026-06-10T12:00:00Z");
    await service.move(booked.manageToken, later);
    const reminderService = createBookingService({ ...serviceDeps(), now: () => new Date("2026-06-09T08:00:00Z") });
    expect(await reminderService.sendReminder(scheduled.job)).toBe(false); // stale: the call moved
    const fresh = reminders.filter((entry) => entry.job.bookingId === booked.booking.id).at(-1)!;
    expect(fresh.job.startsAt).toBe(later.toISOString());
    expect(await reminderService.sendReminder(fresh.job)).toBe(true);
    expect(await reminderService.sendReminder(fresh.job)).toBe(false); // never twice
    expect(sent.filter((entry) => entry.template === "booking-reminder" && entry.to === "remind@example.com")).toHaveLength(1);

    const cancelledBooking = await service.book(request({ start: new Date("2026-06-11T08:00:00Z"), email: "gone@example.com" }), null);
    if (!cancelledBooking.ok) throw new Error("setup failed");
    await service.cancelByVisitor(cancelledBooking.manageToken, null);
    const job = reminders.find((entry) => entry.job.bookingId === cancelledBooking.booking.id)!.job;
    expect(await reminderService.sendReminder(job)).toBe(false);
  });

  it("schedules no reminder for a call booked a day and a half ahead or less, and its confirmation promises none", async () => {
    // Tuesday 15:00 Berlin, 31 hours after `now`: a "Tomorrow" email would follow the confirmation within hours.
    const sentBefore = sent.length;
    const booked = await service.book(request({ start: new Date("2026-06-02T13:00:00Z"), email: "soon@example.com" }), null);
    if (!booked.ok) throw new Error(`setup failed: ${booked.message}`);
    expect(reminders.filter((entry) => entry.job.bookingId === booked.booking.id)).toEqual([]);
    const confirmations = sent.slice(sentBefore).filter((entry) => entry.template === "booking-confirmed" && entry.to === "soon@example.com");
    expect(confirmations.map((entry) => (entry.props as { reminder?: boolean }).reminder)).toEqual([false]);
  });

  it("the coach cancels with a message the visitor receives, keeps notes, and marks no-shows only after the start", async () => {
    const { db } = database();
    const booked = await service.book(request({ start: new Date("2026-06-12T08:00:00Z"), email: "coachcancel@example.com" }), null);
    if (!booked.ok) throw new Error("setup failed");
    expect(await service.saveNotes(booked.booking.id, "Mentioned a knee injury.")).toBe(true);
    expect(await service.setNoShow(booked.booking.id, true)).toBe(false); // not started yet
    const cancelled = await service.cancelByCoach(booked.booking.id, "I am unwell; please pick another day.");
    expect(cancelled).toMatchObject({ ok: true, booking: { status: "cancelled", cancelledBy: "coach", cancelReason: "I am unwell; please pick another day." } });
    expect(sent.some((entry) => entry.template === "booking-cancelled" && entry.to === "coachcancel@example.com")).toBe(true);
    expect(await service.cancelByCoach(booked.booking.id, null)).toMatchObject({ ok: false });
    const [row] = await db.select().from(bookings).where(eq(bookings.id, booked.booking.id));
    expect(row!.privateNotes).toBe("Mentioned a knee injury.");

    const attended = await service.book(request({ start: new Date("2026-06-12T09:00:00Z"), email: "noshow@example.com" }), null);
    if (!attended.ok) throw new Error("setup failed");
    expect(await service.setNoShow(attended.booking.id, true)).toBe(false);
    const afterStart = createBookingService({ ...serviceDeps(), now: () => new Date("2026-06-12T09:05:00Z") });
    expect(await afterStart.setNoShow(attended.booking.id, true)).toBe(true);
  });
});

describe("the coach changes a booking", () => {
  it("moves it to a time inside the minimum notice, with the same UID and a higher SEQUENCE, and frees the old time", async () => {
    const booked = await service.book(request({ start: new Date("2026-06-24T12:00:00Z") }), null);
    if (!booked.ok) throw new Error(booked.message);
    sent.length = 0;
    // 09:00 UTC today is three hours from `now`: inside the twelve hours a visitor needs, open to the coach.
    const soon = new Date("2026-06-01T09:00:00Z");
    expect(await service.move(booked.manageToken, soon)).toMatchObject({ ok: false });
    const moved = await service.moveByCoach(booked.booking.id, soon, "A workshop moved onto Wednesday, sorry!");
    expect(moved).toMatchObject({ ok: true, booking: { startsAt: soon, sequence: 1 } });
    const invite = Buffer.from(sent.at(-1)!.attachments![0]!.content, "base64").toString("utf8");
    expect(sent.at(-1)).toMatchObject({ template: "booking-confirmed", to: booked.booking.email });
    expect(invite).toContain(`UID:booking-${booked.booking.id}@coach.example`);
    expect(invite).toContain("SEQUENCE:1");
    expect(invite).toContain("DTSTART:20260601T090000Z");
    expect((await service.availableSlots(new Date("2026-06-24T00:00:00Z"), new Date("2026-06-25T00:00:00Z"))).map((slot) => slot.start.toISOString())).toContain("2026-06-24T12:00:00.000Z");
  });

  it("refuses a taken time, a cancelled booking and the time it already has, changing nothing", async () => {
    const first = await service.book(request({ start: new Date("2026-06-25T08:00:00Z") }), null);
    const second = await service.book(request({ start: new Date("2026-06-25T09:00:00Z") }), null);
    if (!first.ok || !second.ok) throw new Error("not booked");
    expect(await service.moveByCoach(first.booking.id, second.booking.startsAt, null)).toEqual({ ok: false, message: "That time is not free any more. Please choose another one." });
    expect(await service.moveByCoach(first.booking.id, first.booking.startsAt, null)).toEqual({ ok: false, message: "The call is already at that time." });
    await service.cancelByCoach(second.booking.id, "Unwell today.");
    expect(await service.moveByCoach(second.booking.id, new Date("2026-06-25T12:00:00Z"), null)).toMatchObject({ ok: false, message: expect.stringContaining("cancelled") });
    const { db } = database();
    const [row] = await db.select().from(bookings).where(eq(bookings.id, first.booking.id));
    expect(row).toMatchObject({ startsAt: first.booking.startsAt, sequence: 0 });
  });

  it("asks the visitor to choose another time: an email with their link, and a move allowed even inside the cut-off", async () => {
    // Tomorrow morning: inside the twelve-hour cut-off once the clock reaches the evening before.
    const booked = await service.book(request({ start: new Date("2026-06-26T07:00:00Z") }), null);
    if (!booked.ok) throw new Error(booked.message);
    const late = createBookingService({ ...serviceDeps(), now: () => new Date("2026-06-25T20:00:00Z") });
    expect(await late.move(booked.manageToken, new Date("2026-06-29T08:00:00Z"))).toMatchObject({ ok: false, message: expect.stringContaining("too close") });
    sent.length = 0;
    expect(await late.askToReschedule(booked.booking.id, "Could we do next week?")).toMatchObject({ ok: true });
    expect(sent).toEqual([expect.objectContaining({ template: "booking-reschedule-request", to: booked.booking.email })]);
    expect((await late.manageView(booked.manageToken))?.canCancel).toBe(true);
    const moved = await late.move(booked.manageToken, new Date("2026-06-29T08:00:00Z"));
    expect(moved).toMatchObject({ ok: true, booking: { rescheduleRequestedAt: null, rescheduleMessage: null } });
  });
});

describe("times edited by hand and moves onto a booking's own time", () => {
  it("re-checks the grid and the buffers of a time named in the request", async () => {
    const { db } = database();
    await db.update(bookingSettings).set({ bufferAfterMinutes: 30 });
    try {
      const booked = await service.book(request({ start: new Date("2026-06-30T08:00:00Z") }), null);
      expect(booked.ok).toBe(true);
      // 08:30 is on the grid but inside the 30 minutes kept free after 08:00–08:30; 09:07 is off the grid.
      expect(await service.book(request({ start: new Date("2026-06-30T08:30:00Z") }), null)).toMatchObject({ ok: false, reason: "unavailable" });
      expect(await service.book(request({ start: new Date("2026-06-30T09:07:00Z") }), null)).toMatchObject({ ok: false, reason: "unavailable" });
      expect(await service.book(request({ start: new Date("2026-06-30T09:00:00Z") }), null)).toMatchObject({ ok: true });
    } finally {
      await db.update(bookingSettings).set({ bufferAfterMinutes: 0 });
    }
  });

  it("moves a booking by 15 minutes onto part of its own old time", async () => {
    const { db } = database();
    await db.update(bookingSettings).set({ slotMinutes: 15, bufferAfterMinutes: 15 });
    try {
      const booked = await service.book(request({ start: new Date("2026-06-30T12:00:00Z") }), null);
      if (!booked.ok) throw new Error(booked.message);
      // 12:15 lies in the booking's own buffer: only its own time may be ignored, and is.
      const moved = await service.move(booked.manageToken, new Date("2026-06-30T12:15:00Z"));
      expect(moved).toMatchObject({ ok: true, booking: { startsAt: new Date("2026-06-30T12:15:00Z"), endsAt: new Date("2026-06-30T12:30:00Z") } });
      // And back again, onto its old time.
      expect(await service.move(booked.manageToken, new Date("2026-06-30T12:00:00Z"))).toMatchObject({ ok: true });
    } finally {
      await db.update(bookingSettings).set({ slotMinutes: 30, bufferAfterMinutes: 0 });
    }
  });
});
