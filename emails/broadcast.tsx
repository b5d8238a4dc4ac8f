import { Button, Link, Section, Text } from "@react-email/components";
import { EmailMarkdown } from "./components/email-markdown";
import { EmailLayout, styles } from "./components/layout";

export interface BroadcastRoutineCard {
  title: string;
  summary: string;
  minutes: number;
  /** Opens the routine with the guided player ready. */
  playerUrl: string;
}

export interface BroadcastEmailProps {
  coachName: string;
  subject: string;
  preheader: string;
  body: string;
  routines: BroadcastRoutineCard[];
  appUrl: string;
  /** The reader's own preferences page; a placeholder in previews and tests. */
  preferencesUrl: string;
  webVersionUrl: string | null;
  isTest?: boolean;
}

export const broadcastSubject = (props: BroadcastEmailProps) => `${props.isTest ? "[Test] " : ""}${props.subject}`;

export default function BroadcastEmail(props: BroadcastEmailProps) {
  return (
    <EmailLayout
      coachName={props.coachName}
      preview={props.preheader || props.subject}
      footer={
        <>
          You get this because you subscribed to {props.coachName}&apos;s newsletter.{" "}
          <Link href={props.preferencesUrl} style={styles.link}>
            Unsubscribe or change your mind
          </Link>
          .{props.webVersionUrl ? (
            <>
              {" "}
              <Link href={props.webVersionUrl} style={styles.link}>
                Read it on the web
              </Link>
              .
            </>
          ) : null}
        </>
      }
    >
      {props.isTest ? <Text style={styles.muted}>This is a test send. Readers will not see this line.</Text> : null}
      <Text style={styles.heading}>{props.subject}</Text>
      <EmailMarkdown appUrl={props.appUrl}>{props.body}</EmailMarkdown>
      {props.routines.map((routine) => (
        <Section key={routine.playerUrl} style={{ border: "1px solid #d9cfbf", borderRadius: "14px", padding: "18px 18px 6px", margin: "0 0 16px", backgroundColor: "#f7f3ec" }}>
          <Text style={{ ...styles.text, fontWeight: 700, margin: "0 0 4px" }}>{routine.title}</Text>
          <Text style={styles.muted}>
            {routine.minutes} min · {routine.summary}
          </Text>
          <Button href={routine.playerUrl} style={{ ...styles.button, margin: "0 0 12px" }}>
            Start with timer
          </Button>
        </Section>
      ))}
    </EmailLayout>
  );
}

BroadcastEmail.PreviewProps = {
  coachName: "Mira Holloway",
  subject: "Two tennis balls and a better forward bend",
  preheader: "A one-minute routine for tight hamstrings.",
  body: "Hello,\n\nThis month: **your feet**. Try this before your next forward bend.",
  routines: [{ title: "Tennis-ball foot release", summary: "Roll the soles of your feet.", minutes: 4, playerUrl: "http://localhost:3000/routines/tennis-ball-foot-release#timer" }],
  appUrl: "http://localhost:3000",
  preferencesUrl: "http://localhost:3000/newsletter/preferences/preview",
  webVersionUrl: "http://localhost:3000/newsletter/archive/preview",
} satisfies BroadcastEmailProps;
