import { Button, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface PartOpenEmailProps {
  coachName: string;
  courseTitle: string;
  partTitle: string;
  lessonUrl: string;
}

export const partOpenSubject = (props: PartOpenEmailProps) => `A new part is open: ${props.partTitle}`;

export default function PartOpenEmail(props: PartOpenEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview={`${props.partTitle} is open for you in ${props.courseTitle}.`} footer="Sent to you because you are taking this course. One email for each part as it opens.">
      <Text style={styles.heading}>{props.partTitle} is open</Text>
      <Text style={styles.text}>
        The next part of <strong>{props.courseTitle}</strong> is ready for you. Take it at your own pace: there is no hurry, and nothing closes again.
      </Text>
      <Button href={props.lessonUrl} style={styles.button}>
        Start this part
      </Button>
    </EmailLayout>
  );
}

PartOpenEmail.PreviewProps = {
  coachName: "Mira Holloway",
  courseTitle: "Healing (e)Motions: Trauma Release Exercises for People with Stress",
  partTitle: "Part 2: Shaking it out",
  lessonUrl: "http://localhost:3000/learn/healing-emotions/the-first-tremor",
} satisfies PartOpenEmailProps;
