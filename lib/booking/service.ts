import { createHash, createHmac, randomUUID } from "node:crypto";
import { and, eq, lte, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/connect";
import { bookings, type Booking } from "@/db/schema";
import type { EmailService } from "@/lib/email/service";
import { formatSlot, zoneLabel } from "./format";
import { consultationInvite } from "./ics";
import { checkIntakeAnswers } from "./intake";
import { findBookingByIdempotencyKey, findBookingByTokenHash, listBookingsBetween, listBookingsForEmail, findUpcomingBookingForEmail, insertBooking, listBusy, loadAvailability, markCancelled } from "./queries";
import type { BookingRequest } from "./schema";
import { reminderRunAt, shouldSendReminder, type ReminderJob } from "./reminders";
import { generateSlots, type Slot } from "./slots";

export interface Coach {
  name: string;
  email: string;
  timeZone: string;
}

export interface BookingServiceDeps {
  db: Database;
  email: Pick<EmailService, "sendEmail">;
  coach: () => Promise<Coach>;
  appUrl: string;
  /** Derives each booking's private manage token, so later emails (reminders, moves) can link to it. */
  secret: string;
  /** Schedules the 24-hour reminder inside the booking's transaction. */
  scheduleReminder: (tx: Executor, job: ReminderJob, runAt: Date) => Promise<void>;
  /** Told after a booking was made, moved or cancelled (committed), so cached free times refresh. */
  onBusyTimesChanged?: () => void;
  now?: () => Date;
}

export type BookResult =
  | { ok: true; booking: Booking; manageToken: string; replayed: boolean }
  | { ok: false; reason: "taken"; message: string; slots: Slot[] }
  | { ok: false; reason: "unavailable" | "already-booked" | "invalid"; message: string; errors?: Record<string, string> };

export type CancelResult =
  | { ok: true; booking: Booking }
  | { ok: false; reason: "not-found" | "already-cancelled" | "too-late"; message: string };

const DAY = 86_400_000;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A lost race for a slot. Besides the exclusion violation (23P01), PostgreSQL may end one of two
 * concurrent inserts into the same range with a deadlock (40P01): the other one won, so the answer
 * for this visitor is the same "that time was just taken", never a server error.
 */
function isOverlap(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
  return cause?.code === "23P01" || cause?.code === "40P01";
}

/**
 * Free consultations. Thin rules on top of the database: PostgreSQL's exclusion constraint is what
 * makes double booking impossible; this service turns a lost race into a kind sentence and fresh
 * slots, sends the emails in the same transaction as the booking, and makes retries harmless.
 */
export function createBookingService(deps: BookingServiceDeps) {
  const now = deps.now ?? (() => new Date());
  const host = new URL(deps.appUrl).host;

  // The token is an HMAC of the booking id: only the server can make it, and a retried request,
  // a reminder or a move all link to the same page. The database keeps only its SHA-256.
  const tokenFor = (bookingId: string) => createHmac("sha256", deps.secret).update(`booking:${bookingId}`).digest("base64url");
  const manageUrl = (bookingId: string) => `${deps.appUrl}/bookings/${tokenFor(bookingId)}`;

  /** Free slots in a window; `ignoring` leaves one booking's own time out of the busy list (a move). */
  async function slots(db: Executor, from: Date, to: Date, at: Date, ignoring?: Booking) {
    const availability = await loadAvailability(db);
    const coach = await deps.coach();
    const busy = (await listBusy(db, new Date(from.getTime() - DAY), new Date(to.getTime() + DAY))).filter(
      (other) => !ignoring || other.start.getTime() !== ignoring.startsAt.getTime(),
    );
    return generateSlots({
      now: at,
      timeZone: coach.timeZone,
      rules: availability.rules,
      overrides: availability.overrides,
      settings: availability.settings,
      busy,
      from,
      to,
    });
  }

  /** The slot starting exactly at `start`, if it is offered right now. */
  async function offeredSlot(db: Executor, start: Date, at: Date, ignoring?: Booking) {
    const around = await slots(db, new Date(start.getTime() - 1), new Date(start.getTime() + 1), at, ignoring);
    return around.find((candidate) => candidate.start.getTime() === start.getTime());
  }

  function invite(booking: Booking, coach: Coach, location: string, method: "REQUEST" | "CANCEL") {
    return {
      filename: method === "CANCEL" ? "cancelled-consultation.ics" : "consultation.ics",
      contentType: `text/calendar; charset=utf-8; method=${method}`,
      content: Buffer.from(
        consultationInvite({
          bookingId: booking.id,
          host,
          sequence: booking.sequence,
          method,
          start: booking.startsAt,
          end: booking.endsAt,
          title: `Free consultation with ${coach.name}`,
          description: `Your free 30-minute call with ${coach.name}. Manage it: ${deps.appUrl}/bookings`,
          location,
          organizer: { name: coach.name, email: coach.email },
          attendee: { name: booking.name, email: booking.email },
        }),
      ).toString("base64"),
    };
  }

  /** The visitor's cancellation email, with a METHOD:CANCEL invite that removes the calendar event. */
  async function sendCancellation(tx: Executor, cancelled: Booking, coach: Coach, location: string, reason: string | null) {
    await deps.email.sendEmail({
      tx,
      to: cancelled.email,
      template: "booking-cancelled",
      props: {
        coachName: coach.name,
        visitorName: cancelled.name,
        whenForVisitor: formatSlot(cancelled.startsAt, cancelled.endsAt, cancelled.timezone),
        visitorZone: zoneLabel(cancelled.timezone),
        reason,
        bookAgainUrl: `${deps.appUrl}/consultation`,
      },
      attachments: [invite(cancelled, coach, location, "CANCEL")],
    });
  }

  const service = {
    /** Free slots in a window, for the booking page and GET /api/availability. */
    async availableSlots(from: Date, to: Date) {
      return slots(deps.db, from, to, now());
    },

    async intakeQuestions() {
      return (await loadAvailability(deps.db)).questions;
    },

    async book(request: BookingRequest, idempotencyKey: string | null): Promise<BookResult> {
      const at = now();
      if (idempotencyKey) {
        const existing = await findBookingByIdempotencyKey(deps.db, idempotencyKey);
        if (existing) return { ok: true, booking: existing, manageToken: tokenFor(existing.id), replayed: true };
      }
      const coach = await deps.coach();
      try {
        return await deps.db.transaction(async (tx): Promise<BookResult> => {
          // One person books one upcoming consultation: serialise bookings per address.
          await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`booking:${request.email}`}))`);
          const availability = await loadAvailability(tx);
          const intake = checkIntakeAnswers(availability.questions, request.answers);
          if (!intake.ok) return { ok: false, reason: "invalid", message: "Some answers need attention.", errors: intake.errors };
          const upcoming = await findUpcomingBookingForEmail(tx, request.email, at);
          if (upcoming) {
            return {
              ok: false,
              reason: "already-booked",
              message: `You already have a consultation on ${formatSlot(upcoming.startsAt, upcoming.endsAt, request.timezone)}. Use the link in its confirmation email to move or cancel it.`,
            };
          }
          const slot = await offeredSlot(tx, request.start, at);
          if (!slot) {
            const taken = (await listBusy(tx, request.start, new Date(request.start.getTime() + 1))).length > 0;
            if (taken) throw Object.assign(new Error("taken"), { code: "23P01" });
            return { ok: false, reason: "unavailable", message: "That time is not available. Please choose another one." };
          }
          const id = randomUUID();
          const manageToken = tokenFor(id);
          const booking = await insertBooking(tx, {
            id,
            startsAt: slot.start,
            endsAt: slot.end,
            name: request.name,
            email: request.email,
            timezone: request.timezone,
            answers: intake.answers,
            consentAt: at,
            manageTokenHash: hashToken(manageToken),
            idempotencyKey,
          });
          const location = availability.settings.location;
          await deps.email.sendEmail({
            tx,
            to: booking.email,
            template: "booking-confirmed",
            props: {
              coachName: coach.name,
              visitorName: booking.name,
              whenForVisitor: formatSlot(booking.startsAt, booking.endsAt, booking.timezone),
              visitorZone: zoneLabel(booking.timezone),
              whenForCoach: formatSlot(booking.startsAt, booking.endsAt, coach.timeZone),
              coachZone: zoneLabel(coach.timeZone),
              location,
              manageUrl: manageUrl(booking.id),
            },
            attachments: [invite(booking, coach, location, "REQUEST")],
          });
          await deps.scheduleReminder(tx, { bookingId: booking.id, startsAt: booking.startsAt.toISOString() }, reminderRunAt(booking.startsAt, at));
          await deps.email.sendEmail({
            tx,
            to: coach.email,
            template: "booking-notification",
            props: {
              coachName: coach.name,
              visitorName: booking.name,
              visitorEmail: booking.email,
              whenForCoach: formatSlot(booking.startsAt, booking.endsAt, coach.timeZone),
              visitorZone: zoneLabel(booking.timezone),
              answers: booking.answers.map(({ label, answer }) => ({ label, answer })),
              adminUrl: `${deps.appUrl}/admin`,
            },
          });
          return { ok: true, booking, manageToken, replayed: false };
        });
      } catch (error) {
        if (!isOverlap(error)) throw error;
        if (idempotencyKey) {
          // Two copies of one request raced: the winner is this visitor's own booking.
          const existing = await findBookingByIdempotencyKey(deps.db, idempotencyKey);
          if (existing) return { ok: true, booking: existing, manageToken: tokenFor(existing.id), replayed: true };
        }
        const day = new Date(request.start.getTime());
        return {
          ok: false,
          reason: "taken",
          message: "That time was just taken. Here are the times still free.",
          slots: await slots(deps.db, new Date(day.getTime() - DAY), new Date(day.getTime() + 7 * DAY), now()),
        };
      }
    },

    /** A person's own bookings (matched by their verified sign-in address), each with its manage link. */
    async bookingsFor(email: string) {
      const rows = await listBookingsForEmail(deps.db, email.toLowerCase());
      return rows.map((booking) => ({ booking, manageUrl: `/bookings/${tokenFor(booking.id)}` }));
    },

    async findByToken(token: string) {
      return findBookingByTokenHash(deps.db, hashToken(token));
    },

    /** What the private manage page shows: the booking, where it happens, and whether it can still be cancelled here. */
    async manageView(token: string) {
      const booking = await findBookingByTokenHash(deps.db, hashToken(token));
      if (!booking) return null;
      const { settings } = await loadAvailability(deps.db);
      const canCancel = booking.status === "confirmed" && booking.startsAt.getTime() - now().getTime() >= settings.cancelCutoffMinutes * 60_000;
      return { booking, location: settings.location, canCancel };
    },

    /** Sends a due reminder once; stale jobs (cancelled or moved bookings) do nothing. */
    async sendReminder(job: ReminderJob): Promise<boolean> {
      const at = now();
      const coach = await deps.coach();
      return deps.db.transaction(async (tx) => {
        const [booking] = await tx.select().from(bookings).where(eq(bookings.id, job.bookingId)).for("update");
        if (!shouldSendReminder(booking ?? null, job, at)) return false;
        const { settings } = await loadAvailability(tx);
        await deps.email.sendEmail({
          tx,
          to: booking!.email,
          template: "booking-reminder",
          props: {
            coachName: coach.name,
            visitorName: booking!.name,
            whenForVisitor: formatSlot(booking!.startsAt, booking!.endsAt, booking!.timezone),
            visitorZone: zoneLabel(booking!.timezone),
            location: settings.location,
            manageUrl: manageUrl(booking!.id),
          },
        });
        await tx.update(bookings).set({ reminderSentAt: at }).where(eq(bookings.id, booking!.id));
        return true;
      });
    },

    /**
     * Moves a booking to another free slot in one statement: the row's time changes, so the old
     * slot is freed and the new one taken atomically; the exclusion constraint still guards races.
     */
    async move(token: string, newStart: Date): Promise<{ ok: true; booking: Booking } | { ok: false; message: string }> {
      const at = now();
      const coach = await deps.coach();
      try {
        return await deps.db.transaction(async (tx) => {
          const [booking] = await tx.select().from(bookings).where(eq(bookings.manageTokenHash, hashToken(token))).for("update");
          if (!booking) return { ok: false as const, message: "We could not find this booking." };
          if (booking.status !== "confirmed") return { ok: false as const, message: "This consultation is cancelled; please book a new time." };
          const availability = await loadAvailability(tx);
          if (booking.startsAt.getTime() - at.getTime() < availability.settings.cancelCutoffMinutes * 60_000) {
            return { ok: false as const, message: `It is too close to the call to move it here. Please write to ${coach.email}.` };
          }
          const slot = await offeredSlot(tx, newStart, at, booking);
          if (!slot) return { ok: false as const, message: "That time is not available. Please choose another one." };
          const [moved] = await tx
            .update(bookings)
            .set({ startsAt: slot.start, endsAt: slot.end, sequence: sql`${bookings.sequence} + 1`, reminderSentAt: null })
            .where(eq(bookings.id, booking.id))
            .returning();
          await deps.email.sendEmail({
            tx,
            to: moved!.email,
            template: "booking-confirmed",
            props: {
              coachName: coach.name,
              visitorName: moved!.name,
              whenForVisitor: formatSlot(moved!.startsAt, moved!.endsAt, moved!.timezone),
              visitorZone: zoneLabel(moved!.timezone),
              whenForCoach: formatSlot(moved!.startsAt, moved!.endsAt, coach.timeZone),
              coachZone: zoneLabel(coach.timeZone),
              location: availability.settings.location,
              manageUrl: manageUrl(moved!.id),
              moved: true,
            },
            attachments: [invite(moved!, coach, availability.settings.location, "REQUEST")],
          });
          await deps.scheduleReminder(tx, { bookingId: moved!.id, startsAt: moved!.startsAt.toISOString() }, reminderRunAt(moved!.startsAt, at));
          return { ok: true as const, booking: moved! };
        });
      } catch (error) {
        if (isOverlap(error)) return { ok: false, message: "That time was just taken. Please choose another one." };
        throw error;
      }
    },

    /** The coach's week: bookings in a window, cancelled ones included. */
    async listForCoach(from: Date, to: Date) {
      return listBookingsBetween(deps.db, from, to);
    },

    async saveNotes(id: string, notes: string) {
      const [row] = await deps.db.update(bookings).set({ privateNotes: notes }).where(eq(bookings.id, id)).returning({ id: bookings.id });
      return Boolean(row);
    },

    /** No-show can only be marked once the call has started. */
    async setNoShow(id: string, noShow: boolean): Promise<boolean> {
      const [row] = await deps.db
        .update(bookings)
        .set({ noShow })
        .where(and(eq(bookings.id, id), eq(bookings.status, "confirmed"), lte(bookings.startsAt, now())))
        .returning({ id: bookings.id });
      return Boolean(row);
    },

    /** The coach cancels, at any time, with a message the visitor receives. */
    async cancelByCoach(id: string, message: string | null): Promise<CancelResult> {
      const at = now();
      const coach = await deps.coach();
      return deps.db.transaction(async (tx) => {
        const cancelled = await markCancelled(tx, id, { reason: message, by: "coach", now: at });
        if (!cancelled) return { ok: false, reason: "already-cancelled", message: "This consultation is already cancelled or does not exist." };
        const { settings } = await loadAvailability(tx);
        await sendCancellation(tx, cancelled, coach, settings.location, message);
        return { ok: true, booking: cancelled };
      });
    },

    /** Cancels by the private link; past the cut-off the visitor is asked to write to the coach. */
    async cancelByVisitor(token: string, reason: string | null): Promise<CancelResult> {
      const at = now();
      const coach = await deps.coach();
      return deps.db.transaction(async (tx) => {
        const booking = await findBookingByTokenHash(tx, hashToken(token));
        if (!booking) return { ok: false, reason: "not-found", message: "We could not find this booking." };
        if (booking.status === "cancelled") return { ok: false, reason: "already-cancelled", message: "This consultation is already cancelled." };
        const { settings } = await loadAvailability(tx);
        if (booking.startsAt.getTime() - at.getTime() < settings.cancelCutoffMinutes * 60_000) {
          return { ok: false, reason: "too-late", message: `It is too close to the call to cancel here. Please write to ${coach.email}.` };
        }
        const cancelled = await markCancelled(tx, booking.id, { reason, by: "visitor", now: at });
        if (!cancelled) return { ok: false, reason: "already-cancelled", message: "This consultation is already cancelled." };
        await sendCancellation(tx, cancelled, coach, settings.location, reason);
        return { ok: true, booking: cancelled };
      });
    },
  };

  /** Passes a result through, telling `onBusyTimesChanged` when it changed the calendar. */
  const changed = <T extends { ok: boolean; replayed?: boolean }>(result: T): T => {
    if (result.ok && !result.replayed) deps.onBusyTimesChanged?.();
    return result;
  };
  return {
    ...service,
    book: async (...args: Parameters<typeof service.book>) => changed(await service.book(...args)),
    move: async (...args: Parameters<typeof service.move>) => changed(await service.move(...args)),
    cancelByCoach: async (...args: Parameters<typeof service.cancelByCoach>) => changed(await service.cancelByCoach(...args)),
    cancelByVisitor: async (...args: Parameters<typeof service.cancelByVisitor>) => changed(await service.cancelByVisitor(...args)),
  };
}

export type BookingService = ReturnType<typeof createBookingService>;
