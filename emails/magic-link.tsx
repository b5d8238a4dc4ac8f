import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface MagicLinkEmailProps {
  coachName: string;
  url: string;
  /** Minutes until the link stops working. */
  expiresInMinutes: number;
}

export const magicLinkSubject = (props: MagicLinkEmailProps) => `Your sign-in link for ${props.coachName}`;

export default function MagicLinkEmail({ coachName, url, expiresInMinutes }: MagicLinkEmailProps) {
  return (
    <EmailLayout coachName={coachName} preview="Your sign-in link. It works once.">
      <Text style={styles.heading}>Sign in</Text>
      <Text style={styles.text}>Tap the button to sign in. The link works once and expires in {expiresInMinutes} minutes.</Text>
      <Button href={url} style={styles.button}>
        Sign in
      </Button>
      <Text style={{ ...styles.muted, marginTop: "20px" }}>
        Or paste this address into your browser: <Link href={url} style={styles.link}>{url}</Link>
      </Text>
      <Text style={styles.muted}>If you did not ask to sign in, ignore this email. Nobody can sign in without this link.</Text>
    </EmailLayout>
  );
}

MagicLinkEmail.PreviewProps = {
  coachName: "Mira Holloway",
  url: "http://localhost:3000/api/auth/callback/email?token=preview&email=you%40example.com",
  expiresInMinutes: 60,
} satisfies MagicLinkEmailProps;
