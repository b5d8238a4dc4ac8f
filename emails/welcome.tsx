import { Button, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface WelcomeEmailProps {
  coachName: string;
  appUrl: string;
}

export const welcomeSubject = (props: WelcomeEmailProps) => `Welcome, and thank you for joining ${props.coachName}`;

export default function WelcomeEmail({ coachName, appUrl }: WelcomeEmailProps) {
  return (
    <EmailLayout coachName={coachName} preview="Your account is ready. Here is a gentle place to start.">
      <Text style={styles.heading}>Welcome</Text>
      <Text style={styles.text}>
        Your account is ready. It keeps your course progress, your bookings and your routine check-ins in one place.
      </Text>
      <Text style={styles.text}>
        A gentle place to start: the tennis-ball foot release. It takes about a minute and most people feel the
        difference in their forward bend straight away.
      </Text>
      <Button href={`${appUrl}/routines/tennis-ball-foot-release`} style={styles.button}>
        Try the foot release
      </Button>
      <Text style={{ ...styles.muted, marginTop: "20px" }}>Warmly, {coachName}</Text>
    </EmailLayout>
  );
}

WelcomeEmail.PreviewProps = { coachName: "Mira Holloway", appUrl: "http://localhost:3000" } satisfies WelcomeEmailProps;
