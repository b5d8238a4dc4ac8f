import { Button, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface BookingCancelledEmailProps {
  coachName: string;
  visitorName: string;
  whenForVisitor: string;
  visitorZone: string;
  reason: string | null;
  /** The coach cancelled: the reason is the coach's own message. */
  byCoach?: boolean;
  bookAgainUrl: string;
}

export const bookingCancelledSubject = (props: BookingCancelledEmailProps) => `Cancelled: your consultation on ${props.whenForVisitor}`;

export default function BookingCancelledEmail(props: BookingCancelledEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview="Your consultation is cancelled." footer="The attached invite removes the event from your calendar.">
      <Text style={styles.heading}>Your consultation is cancelled</Text>
      <Text style={styles.text}>
        {props.visitorName}, the call on <strong>{props.whenForVisitor}</strong> ({props.visitorZone}) is cancelled.
      </Text>
      {props.reason ? props.byCoach ? <Text style={styles.text}>{props.coachName} wrote: “{props.reason}”</Text> : <Text style={styles.muted}>Reason given: {props.reason}</Text> : null}
      <Text style={styles.text}>Whenever you are ready, you can choose another time.</Text>
      <Button href={props.bookAgainUrl} style={styles.button}>
        Choose another time
      </Button>
    </EmailLayout>
  );
}

BookingCancelledEmail.PreviewProps = {
  coachName: "Mira Holloway",
  visitorName: "Sam",
  whenForVisitor: "Tuesday 2 June 2026, 03:00–03:30",
  visitorZone: "America / New York",
  reason: "Something came up at work.",
  bookAgainUrl: "http://localhost:3000/consultation",
} satisfies BookingCancelledEmailProps;
