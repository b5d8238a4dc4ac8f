import { Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface PaymentAlertEmailProps {
  coachName: string;
  headline: string;
  details: string;
  ordersUrl: string;
}

export const paymentAlertSubject = (props: PaymentAlertEmailProps) => props.headline;

/** To the coach: something about money or access changed without her doing it. */
export default function PaymentAlertEmail(props: PaymentAlertEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview={props.headline} footer="Sent to you because it concerns a payment for your course.">
      <Text style={styles.heading}>{props.headline}</Text>
      <Text style={styles.text}>{props.details}</Text>
      <Text style={styles.muted}>Orders: {props.ordersUrl}</Text>
    </EmailLayout>
  );
}

PaymentAlertEmail.PreviewProps = {
  coachName: "Mira Holloway",
  headline: "Refund: access removed for sam@example.com",
  details: "The payment for Healing (e)Motions was refunded in full, so the course is no longer open to sam@example.com.",
  ordersUrl: "http://localhost:3000/admin/orders",
} satisfies PaymentAlertEmailProps;
