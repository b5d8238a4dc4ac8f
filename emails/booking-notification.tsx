import { Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface BookingNotificationEmailProps {
  coachName: string;
  visitorName: string;
  visitorEmail: string;
  whenForCoach: string;
  visitorZone: string;
  answers: { label: string; answer: string }[];
  adminUrl: string;
}

export const bookingNotificationSubject = (props: BookingNotificationEmailProps) => `New consultation: ${props.visitorName}, ${props.whenForCoach}`;

/** To the coach. Answers are rendered as text by React, so nothing a visitor typed can run. */
export default function BookingNotificationEmail(props: BookingNotificationEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview={`${props.visitorName} booked ${props.whenForCoach}`} footer="Sent to you because someone booked a free consultation.">
      <Text style={styles.heading}>New free consultation</Text>
      <Text style={styles.text}>
        <strong>{props.visitorName}</strong> ({props.visitorEmail}) booked <strong>{props.whenForCoach}</strong>. They are in {props.visitorZone}.
      </Text>
      {props.answers.map((entry) => (
        <Text key={entry.label} style={styles.text}>
          <strong>{entry.label}</strong>
          <br />
          {entry.answer || "—"}
        </Text>
      ))}
      <Text style={styles.muted}>All bookings: {props.adminUrl}</Text>
    </EmailLayout>
  );
}

BookingNotificationEmail.PreviewProps = {
  coachName: "Mira Holloway",
  visitorName: "Sam Reader",
  visitorEmail: "sam@example.com",
  whenForCoach: "Tuesday 2 June 2026, 09:00–09:30",
  visitorZone: "America / New York",
  answers: [{ label: "What brings you here?", answer: "A stiff lower back after long days at the desk." }],
  adminUrl: "http://localhost:3000/admin",
} satisfies BookingNotificationEmailProps;
