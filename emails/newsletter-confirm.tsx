import { Button, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface NewsletterConfirmEmailProps {
  coachName: string;
  firstName: string | null;
  confirmUrl: string;
}

export const newsletterConfirmSubject = (props: NewsletterConfirmEmailProps) => `Please confirm: ${props.coachName}'s newsletter`;

export default function NewsletterConfirmEmail(props: NewsletterConfirmEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview="One tap to confirm your subscription." footer="If you did not ask for this, ignore it: without a tap, nothing is sent to you.">
      <Text style={styles.heading}>{props.firstName ? `One more step, ${props.firstName}` : "One more step"}</Text>
      <Text style={styles.text}>Tap the button to confirm that you want the newsletter. The link works once and for 48 hours.</Text>
      <Button href={props.confirmUrl} style={styles.button}>
        Yes, send me the newsletter
      </Button>
    </EmailLayout>
  );
}

NewsletterConfirmEmail.PreviewProps = {
  coachName: "Mira Holloway",
  firstName: "Sam",
  confirmUrl: "http://localhost:3000/api/newsletter/confirm?token=preview",
} satisfies NewsletterConfirmEmailProps;
