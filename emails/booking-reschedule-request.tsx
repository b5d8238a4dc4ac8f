import { Button, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface BookingRescheduleRequestEmailProps {
  coachName: string;
  visitorName: string;
  whenForVisitor: string;
  visitorZone: string;
  message: string | null;
  /** The visitor's own manage page, at its list of free times. */
  chooseUrl: string;
}

export const bookingRescheduleRequestSubject = (props: BookingRescheduleRequestEmailProps) => `${props.coachName} asks to move your consultation on ${props.whenForVisitor}`;

export default function BookingRescheduleRequestEmail(props: BookingRescheduleRequestEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview="Could you choose another time for our call?" footer="Your booking stays as it is until you choose a new time.">
      <Text style={styles.heading}>Could we find another time, {props.visitorName}?</Text>
      <Text style={styles.text}>
        {props.coachName} asks to move your free consultation on <strong>{props.whenForVisitor}</strong> ({props.visitorZone}).
      </Text>
      {props.message ? <Text style={styles.text}>“{props.message}”</Text> : null}
      <Button href={props.chooseUrl} style={styles.button}>
        Choose a new time
      </Button>
      <Text style={styles.muted}>Until you choose, your call stays booked at its current time. If none of the times suit you, you can cancel from the same page.</Text>
    </EmailLayout>
  );
}

BookingRescheduleRequestEmail.PreviewProps = {
  coachName: "Mira Holloway",
  visitorName: "Sam",
  whenForVisitor: "Tuesday 2 June 2026, 03:00–03:30",
  visitorZone: "America / New York",
  message: "I am so sorry, a workshop moved onto that morning.",
  chooseUrl: "http://localhost:3000/bookings/preview-token#move-heading",
} satisfies BookingRescheduleRequestEmailProps;
