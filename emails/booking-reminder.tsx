import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface BookingReminderEmailProps {
  coachName: string;
  visitorName: string;
  whenForVisitor: string;
  visitorZone: string;
  location: string;
  manageUrl: string;
}

export const bookingReminderSubject = (props: BookingReminderEmailProps) => `Tomorrow: your free consultation with ${props.coachName}`;

export default function BookingReminderEmail(props: BookingReminderEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview={`Reminder: ${props.whenForVisitor}`} footer="A reminder for the free consultation you booked.">
      <Text style={styles.heading}>See you soon, {props.visitorName}</Text>
      <Text style={styles.text}>
        Your free consultation is on <strong>{props.whenForVisitor}</strong> ({props.visitorZone}).
      </Text>
      {props.location ? (
        <Text style={styles.text}>
          Where: {props.location.startsWith("https://") ? <Link href={props.location} style={styles.link}>{props.location}</Link> : props.location}
        </Text>
      ) : null}
      <Text style={styles.text}>Find a quiet spot where you can move a little. Nothing else to prepare.</Text>
      <Button href={props.manageUrl} style={styles.button}>
        Cancel or change the time
      </Button>
    </EmailLayout>
  );
}

BookingReminderEmail.PreviewProps = {
  coachName: "Mira Holloway",
  visitorName: "Sam",
  whenForVisitor: "Tuesday, 2 June 2026, 03:00–03:30",
  visitorZone: "America / New York",
  location: "https://meet.example.com/mira-holloway",
  manageUrl: "http://localhost:3000/bookings/preview-token",
} satisfies BookingReminderEmailProps;
