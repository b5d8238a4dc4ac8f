import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface ErasureConfirmEmailProps {
  coachName: string;
  url: string;
  /** Minutes until the link stops working. */
  expiresInMinutes: number;
}

export const erasureConfirmSubject = (props: ErasureConfirmEmailProps) => `Confirm: erase your data at ${props.coachName}`;

export default function ErasureConfirmEmail({ coachName, url, expiresInMinutes }: ErasureConfirmEmailProps) {
  return (
    <EmailLayout coachName={coachName} preview="Confirm that you want everything about you erased.">
      <Text style={styles.heading}>Erase your data?</Text>
      <Text style={styles.text}>
        You asked to erase everything this site holds about you: your account, check-ins, course progress, bookings, newsletter
        subscription and the emails sent to you. Receipts are kept for the tax records with your name and address removed.
      </Text>
      <Text style={styles.text}>The link opens a page where you confirm once more. It expires in {expiresInMinutes} minutes.</Text>
      <Button href={url} style={styles.button}>
        Review and erase
      </Button>
      <Text style={{ ...styles.muted, marginTop: "20px" }}>
        Or paste this address into your browser: <Link href={url} style={styles.link}>{url}</Link>
      </Text>
      <Text style={styles.muted}>If you did not ask for this, ignore this email: nothing is erased without the link.</Text>
    </EmailLayout>
  );
}

ErasureConfirmEmail.PreviewProps = {
  coachName: "Mira Holloway",
  url: "http://localhost:3000/account/erase?token=preview",
  expiresInMinutes: 60,
} satisfies ErasureConfirmEmailProps;
