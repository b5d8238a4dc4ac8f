import type { Executor } from "@/db/connect";
import type { Booking } from "@/db/schema";
import type { EmailService } from "@/lib/email/service";
import { formatSlot, zoneLabel } from "./slot-format";
import { isHourCycle } from "./clock";
import { googleCalendarUrl, outlookCalendarUrl } from "./calendar-links";
import { consultationInvite } from "./ics";
import { manageUrlFor } from "./manage-token";

export interface Coach {
  name: string;
  email: string;
  timeZone: string;
}

/** What every booking email is written from; built once per change. */
export interface BookingEmailContext {
  tx: Executor;
  email: Pick<EmailService, "sendEmail">;
  coach: Coach;
  appUrl: string;
  secret: string;
  /** Where a booking's call happens (its own video room, the coach's link, a phone note or an address). */
  where: (booking: Booking) => string;
}

/** What a booking's calendar entry says, for the invite, the .ics download and the add-to-calendar links. */
export function calendarEvent(context: Pick<BookingEmailContext, "coach" | "appUrl" | "secret" | "where">, booking: Booking) {
  const minutes = Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000);
  const manageUrl = manageUrlFor(context.appUrl, context.secret, booking.id);
  const location = context.where(booking);
  return {
    title: `Free consultation with ${context.coach.name}`,
    start: booking.startsAt,
    end: booking.endsAt,
    // The link on a line of its own, so a calendar that shows the text links all of it.
    details: `Your free ${minutes}-minute call with ${context.coach.name}.${location.startsWith("https://") ? `\n\nJoin the call:\n${location}` : ""}\n\nMove or cancel:\n${manageUrl}`,
    location,
    manageUrl,
  };
}

/** The booking as an iCalendar file: an invite, or its cancellation. */
export function bookingInvite(context: Pick<BookingEmailContext, "coach" | "appUrl" | "secret" | "where">, booking: Booking, method: "REQUEST" | "CANCEL"): string {
  const event = calendarEvent(context, booking);
  return consultationInvite({
    bookingId: booking.id,
    host: new URL(context.appUrl).host,
    sequence: booking.sequence,
    method,
    start: event.start,
    end: event.end,
    title: event.title,
    description: event.details,
    location: event.location,
    url: event.manageUrl,
    organizer: { name: context.coach.name, email: context.coach.email },
    attendee: { name: booking.name, email: booking.email },
  });
}

function invite(context: BookingEmailContext, booking: Booking, method: "REQUEST" | "CANCEL") {
  return {
    filename: method === "CANCEL" ? "cancelled-consultation.ics" : "consultation.ics",
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: Buffer.from(bookingInvite(context, booking, method)).toString("base64"),
  };
}

/** The visitor's confirmation (or, after a move, its update) with the calendar invite. */
export async function sendConfirmation(context: BookingEmailContext, booking: Booking, options: { moved?: boolean; byCoach?: boolean; message?: string | null; reminder?: boolean } = {}) {
  await context.email.sendEmail({
    tx: context.tx,
    to: booking.email,
    template: "booking-confirmed",
    props: {
      coachName: context.coach.name,
      visitorName: booking.name,
      whenForVisitor: visitorWhen(booking),
      visitorZone: zoneLabel(booking.timezone),
      whenForCoach: formatSlot(booking.startsAt, booking.endsAt, context.coach.timeZone),
      coachZone: zoneLabel(context.coach.timeZone),
      location: context.where(booking),
      minutes: Math.round((booking.endsAt.getTime() - booking.startsAt.getTime()) / 60_000),
      manageUrl: manageUrlFor(context.appUrl, context.secret, booking.id),
      googleCalendarUrl: googleCalendarUrl(calendarEvent(context, booking)),
      outlookCalendarUrl: outlookCalendarUrl(calendarEvent(context, booking)),
      reminder: options.reminder ?? false,
      ...(options.moved ? { moved: true } : {}),
      ...(options.byCoach ? { movedByCoach: true, message: options.message ?? null } : {}),
    },
    attachments: [invite(context, booking, "REQUEST")],
  });
}

/** The coach hears about every new booking, with the intake answers. */
export async function notifyCoach(context: BookingEmailContext, booking: Booking) {
  await context.email.sendEmail({
    tx: context.tx,
    to: context.coach.email,
    template: "booking-notification",
    props: {
      coachName: context.coach.name,
      visitorName: booking.name,
      visitorEmail: booking.email,
      whenForCoach: formatSlot(booking.startsAt, booking.endsAt, context.coach.timeZone),
      visitorZone: zoneLabel(booking.timezone),
      answers: booking.answers.map(({ label, answer }) => ({ label, answer })),
      adminUrl: `${context.appUrl}/admin`,
    },
  });
}

/** The visitor's cancellation, with a METHOD:CANCEL invite that removes the calendar event. */
export async function sendCancellation(context: BookingEmailContext, cancelled: Booking, reason: string | null, options: { byCoach?: boolean } = {}) {
  await context.email.sendEmail({
    tx: context.tx,
    to: cancelled.email,
    template: "booking-cancelled",
    props: {
      coachName: context.coach.name,
      visitorName: cancelled.name,
      whenForVisitor: visitorWhen(cancelled),
      visitorZone: zoneLabel(cancelled.timezone),
      reason,
      ...(options.byCoach ? { byCoach: true } : {}),
      bookAgainUrl: `${context.appUrl}/consultation`,
    },
    attachments: [invite(context, cancelled, "CANCEL")],
  });
}

/** The coach asks the visitor to choose another time; the booking stays until they do. */
export async function sendRescheduleRequest(context: BookingEmailContext, booking: Booking, message: string | null) {
  await context.email.sendEmail({
    tx: context.tx,
    to: booking.email,
    template: "booking-reschedule-request",
    props: {
      coachName: context.coach.name,
      visitorName: booking.name,
      whenForVisitor: visitorWhen(booking),
      visitorZone: zoneLabel(booking.timezone),
      message,
      chooseUrl: `${manageUrlFor(context.appUrl, context.secret, booking.id)}#move-heading`,
    },
  });
}

/** Instead of a second booking: the address's owner hears about the one they have, and nobody else does. */
export async function sendExistingBooking(context: BookingEmailContext, existing: Booking) {
  await context.email.sendEmail({
    tx: context.tx,
    to: existing.email,
    template: "booking-existing",
    props: {
      coachName: context.coach.name,
      visitorName: existing.name,
      whenForVisitor: visitorWhen(existing),
      visitorZone: zoneLabel(existing.timezone),
      manageUrl: manageUrlFor(context.appUrl, context.secret, existing.id),
    },
  });
}

/** The 24-hour reminder. */
export async function sendReminderEmail(context: BookingEmailContext, booking: Booking) {
  await context.email.sendEmail({
    tx: context.tx,
    to: booking.email,
    template: "booking-reminder",
    props: {
      coachName: context.coach.name,
      visitorName: booking.name,
      whenForVisitor: visitorWhen(booking),
      visitorZone: zoneLabel(booking.timezone),
      location: context.where(booking),
      manageUrl: manageUrlFor(context.appUrl, context.secret, booking.id),
    },
  });
}

/**
 * The visitor's time as the booking page showed it to them: its English and their clock (12- or
 * 24-hour; lib/booking/clock.ts). A booking made before that was recorded reads as it always did.
 */
export function visitorWhen(booking: { startsAt: Date; endsAt: Date; timezone: string; wordsLocale: string | null; hourCycle: string | null }): string {
  if (!isHourCycle(booking.hourCycle)) return formatSlot(booking.startsAt, booking.endsAt, booking.timezone);
  return formatSlot(booking.startsAt, booking.endsAt, booking.timezone, booking.wordsLocale ?? "en-GB", booking.hourCycle);
}
