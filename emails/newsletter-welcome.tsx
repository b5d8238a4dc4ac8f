import { Link, Text } from "@react-email/components";
import { EmailMarkdown } from "./components/email-markdown";
import { EmailLayout, styles } from "./components/layout";

export interface NewsletterWelcomeEmailProps {
  coachName: string;
  firstName: string | null;
  /** The coach's own subject and markdown text (admin → Subscribers → Welcome email). */
  subject: string;
  body: string;
  appUrl: string;
  unsubscribeUrl: string;
}

export const newsletterWelcomeSubject = (props: NewsletterWelcomeEmailProps) => props.subject;

export default function NewsletterWelcomeEmail(props: NewsletterWelcomeEmailProps) {
  return (
    <EmailLayout
      coachName={props.coachName}
      preview={props.body.replace(/[#*_[\]()>`]/g, "").slice(0, 110)}
      footer={
        <>
          You get this because you subscribed on the website. <Link href={props.unsubscribeUrl} style={styles.link}>Leave with one click</Link>.
        </>
      }
    >
      <Text style={styles.heading}>{props.firstName ? `Welcome, ${props.firstName}` : "Welcome"}</Text>
      <EmailMarkdown appUrl={props.appUrl}>{props.body}</EmailMarkdown>
    </EmailLayout>
  );
}

NewsletterWelcomeEmail.PreviewProps = {
  coachName: "Mira Holloway",
  firstName: "Sam",
  subject: "Welcome to the newsletter",
  body: "About once a month you will get one gentle routine.\n\nStart with [the foot release](/routines/tennis-ball-foot-release).",
  appUrl: "http://localhost:3000",
  unsubscribeUrl: "http://localhost:3000/newsletter/preferences/preview",
} satisfies NewsletterWelcomeEmailProps;
