import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface NewsletterWelcomeEmailProps {
  coachName: string;
  firstName: string | null;
  appUrl: string;
  unsubscribeUrl: string;
}

export const newsletterWelcomeSubject = (props: NewsletterWelcomeEmailProps) => `Welcome to ${props.coachName}'s newsletter`;

export default function NewsletterWelcomeEmail(props: NewsletterWelcomeEmailProps) {
  return (
    <EmailLayout
      coachName={props.coachName}
      preview="You are in. Here is a one-minute routine to start with."
      footer={
        <>
          You get this because you subscribed on the website. <Link href={props.unsubscribeUrl} style={styles.link}>Leave with one click</Link>.
        </>
      }
    >
      <Text style={styles.heading}>{props.firstName ? `Welcome, ${props.firstName}` : "Welcome"}</Text>
      <Text style={styles.text}>
        About once a month you will get one gentle routine and a few honest words about living in a body under stress. No spam, no countdowns.
      </Text>
      <Text style={styles.text}>A good first one takes a minute and two tennis balls:</Text>
      <Button href={`${props.appUrl}/routines/tennis-ball-foot-release`} style={styles.button}>
        Try the foot release
      </Button>
    </EmailLayout>
  );
}

NewsletterWelcomeEmail.PreviewProps = {
  coachName: "Mira Holloway",
  firstName: "Sam",
  appUrl: "http://localhost:3000",
  unsubscribeUrl: "http://localhost:3000/newsletter/unsubscribe/preview",
} satisfies NewsletterWelcomeEmailProps;
