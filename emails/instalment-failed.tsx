import { Button, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface InstalmentFailedEmailProps {
  coachName: string;
  courseTitle: string;
  /** Already formatted, e.g. "$55". */
  amount: string;
  /** The provider's page where the instalment can be paid with another card. */
  payUrl: string;
  /** "14 January" while the provider will try again; null after its last try. */
  nextAttempt: string | null;
  accessPaused: boolean;
}

export const instalmentFailedSubject = (props: InstalmentFailedEmailProps) =>
  props.accessPaused ? `Your course is paused until this payment is made` : `A payment for ${props.courseTitle} did not go through`;

export default function InstalmentFailedEmail(props: InstalmentFailedEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview={`Your ${props.amount} instalment for ${props.courseTitle} did not go through.`} footer="Sent to you because you pay for a course in instalments.">
      <Text style={styles.heading}>{props.accessPaused ? "Your course is paused for now" : "A payment did not go through"}</Text>
      <Text style={styles.text}>
        Your instalment of <strong>{props.amount}</strong> for <strong>{props.courseTitle}</strong> was declined. This happens: a card expires, a bank is
        cautious.
      </Text>
      <Text style={styles.text}>
        {props.accessPaused
          ? "The card was tried several times, so the course is paused until this payment is made. Your progress and reflections are kept, and everything opens again the moment it is paid."
          : props.nextAttempt
            ? `Nothing changes for now: your card will be tried again on ${props.nextAttempt}. To pay sooner or with another card, use the button below.`
            : "Nothing changes for now. To pay with another card, use the button below."}
      </Text>
      <Button href={props.payUrl} style={styles.button}>
        Pay {props.amount} now
      </Button>
      <Text style={styles.muted}>If money is tight right now, reply to this email: we can find a way.</Text>
    </EmailLayout>
  );
}

InstalmentFailedEmail.PreviewProps = {
  coachName: "Mira Holloway",
  courseTitle: "Healing (e)Motions: Trauma Release Exercises for People with Stress",
  amount: "$55",
  payUrl: "https://invoice.stripe.com/i/preview",
  nextAttempt: "14 January",
  accessPaused: false,
} satisfies InstalmentFailedEmailProps;
