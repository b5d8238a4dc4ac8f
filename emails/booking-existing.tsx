import { Button, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface BookingExistingEmailProps {
  coachName: string;
  visitorName: string;
  whenForVisitor: string;
  visitorZone: string;
  manageUrl: string;
}

export const bookingExistingSubject = (props: BookingExistingEmailProps) => `Your consultation with ${props.coachName} is already booked`;

/**
 * Sent instead of a second booking, to the address only: the booking page never tells whoever
 * typed an address whether (or when) that person has a consultation.
 */
export default function BookingExistingEmail(props: BookingExistingEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview={`You already have a consultation on ${props.whenForVisitor}`} footer="Someone, probably you, tried to book another consultation with this address.">
      <Text style={styles.heading}>You already have a consultation, {props.visitorName}</Text>
      <Text style={styles.text}>
        It is on <strong>{props.whenForVisitor}</strong> ({props.visitorZone}). Each person books one free consultation at a time, so we
        did not book another.
      </Text>
      <Text style={styles.text}>If you would rather have the new time, move this one instead:</Text>
      <Button href={props.manageUrl} style={styles.button}>
        Move or cancel your consultation
      </Button>
      <Text style={styles.muted}>If this was not you, you can ignore this email; nothing has changed.</Text>
    </EmailLayout>
  );
}

BookingExistingEmail.PreviewProps = {
  coachName: "Mira Holloway",
  visitorName: "Sam",
  whenForVisitor: "Tuesday, 2 June 2026, 03:00–03:30",
  visitorZone: "America / New York",
  manageUrl: "http://localhost:3000/bookings/preview-token",
} satisfies BookingExistingEmailProps;
