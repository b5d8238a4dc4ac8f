import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface BookingConfirmedEmailProps {
  coachName: string;
  visitorName: string;
  whenForVisitor: string;
  visitorZone: string;
  whenForCoach: string;
  coachZone: string;
  location: string;
  /** The call's length, as the coach set it. */
  minutes: number;
  manageUrl: string;
  googleCalendarUrl: string;
  outlookCalendarUrl: string;
  /** A day-before reminder is scheduled (none when the call is too close: lib/booking/reminders.ts). */
  reminder?: boolean;
  /** Sent again after the call moved to a new time. */
  moved?: boolean;
  /** The coach moved it (from the back office), with these words for the visitor. */
  movedByCoach?: boolean;
  message?: string | null;
}

export const bookingConfirmedSubject = (props: BookingConfirmedEmailProps) =>
  `${props.moved ? "Moved: your" : "Your"} free consultation with ${props.coachName}: ${props.whenForVisitor}`;

export default function BookingConfirmedEmail(props: BookingConfirmedEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview={`Booked: ${props.whenForVisitor}`} footer="You booked this free consultation on the website. The calendar invite is attached.">
      <Text style={styles.heading}>
        {props.movedByCoach ? `${props.coachName} moved your call, ${props.visitorName}` : props.moved ? `Your call has moved, ${props.visitorName}` : `You are booked in, ${props.visitorName}`}
      </Text>
      {props.message ? <Text style={styles.text}>“{props.message}”</Text> : null}
      <Text style={styles.text}>
        <strong>{props.whenForVisitor}</strong> ({props.visitorZone})
      </Text>
      {props.visitorZone !== props.coachZone ? (
        <Text style={styles.muted}>
          That is {props.whenForCoach} for {props.coachName} ({props.coachZone}).
        </Text>
      ) : null}
      {props.location.startsWith("https://") ? (
        <Button href={props.location} style={styles.button}>
          Join the call
        </Button>
      ) : props.location ? (
        <Text style={styles.text}>Where: {props.location}</Text>
      ) : null}
      <Text style={styles.text}>
        Add it to your calendar: the invite is attached (Apple Calendar and most apps), or{" "}
        <Link href={props.googleCalendarUrl} style={styles.link}>Google Calendar</Link> ·{" "}
        <Link href={props.outlookCalendarUrl} style={styles.link}>Outlook</Link>.
      </Text>
      <Text style={styles.text}>
        The call is free and takes {props.minutes} minutes. We will talk about what your body is telling you and whether working together would help. No preparation needed.
      </Text>
      {/* Said only when it is true, so nobody waits for a reminder that is not coming. */}
      {props.reminder ? <Text style={styles.text}>A short reminder follows the day before.</Text> : null}
      <Text style={styles.muted}>
        Need another time? <Link href={props.manageUrl} style={styles.link}>Move or cancel your booking</Link>. Keep this email: its link is the only way to manage it.
      </Text>
    </EmailLayout>
  );
}

BookingConfirmedEmail.PreviewProps = {
  coachName: "Mira Holloway",
  visitorName: "Sam",
  whenForVisitor: "Tuesday 2 June 2026, 03:00–03:30",
  visitorZone: "America / New York",
  whenForCoach: "Tuesday 2 June 2026, 09:00–09:30",
  coachZone: "Europe / Berlin",
  location: "https://meet.example.com/mira-holloway",
  minutes: 30,
  reminder: true,
  manageUrl: "http://localhost:3000/bookings/preview-token",
  googleCalendarUrl: "https://calendar.google.com/calendar/render?action=TEMPLATE",
  outlookCalendarUrl: "https://outlook.live.com/calendar/0/action/compose?rru=addevent",
} satisfies BookingConfirmedEmailProps;
