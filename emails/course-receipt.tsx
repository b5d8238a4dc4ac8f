import { Button, Link, Text } from "@react-email/components";
import { EmailLayout, styles } from "./components/layout";

export interface CourseReceiptEmailProps {
  coachName: string;
  courseTitle: string;
  /** Already formatted, e.g. "$149". */
  amountPaid: string;
  orderReference: string;
  paidOn: string;
  signInUrl: string;
  signInValidHours: number;
  courseUrl: string;
  signInPageUrl: string;
  /** "Including tax of €24" when Stripe Tax worked some out. */
  taxLine?: string | null;
  /** A payment plan's progress: "Payment 1 of 3. 2 monthly payments of $55 to go …". */
  planLine?: string | null;
  /** Opens the invoice on this site (it sends the buyer on to the provider's invoice page). */
  invoiceUrl?: string | null;
}

export const courseReceiptSubject = (props: CourseReceiptEmailProps) => `Your receipt and access: ${props.courseTitle}`;

export default function CourseReceiptEmail(props: CourseReceiptEmailProps) {
  return (
    <EmailLayout coachName={props.coachName} preview={`Thank you. ${props.courseTitle} is ready for you.`} footer="Sent to you because you bought a course. Keep it as your receipt.">
      <Text style={styles.heading}>Thank you, the course is yours</Text>
      <Text style={styles.text}>
        <strong>{props.courseTitle}</strong> is ready. Start whenever you like, at your own pace.
      </Text>
      <Button href={props.signInUrl} style={styles.button}>
        Sign in and start
      </Button>
      <Text style={{ ...styles.muted, marginTop: "20px" }}>
        This button signs you in once within {props.signInValidHours} hours. Later, sign in with this email address at{" "}
        <Link href={props.signInPageUrl} style={styles.link}>
          {props.signInPageUrl}
        </Link>{" "}
        and open {props.courseUrl}.
      </Text>
      <Text style={styles.text}>
        <strong>Receipt</strong>
        <br />
        {props.courseTitle}
        <br />
        Paid: {props.amountPaid} on {props.paidOn}
        <br />
        Reference: {props.orderReference}
        {props.taxLine ? (
          <>
            <br />
            {props.taxLine}
          </>
        ) : null}
      </Text>
      {props.planLine ? <Text style={styles.text}>{props.planLine}</Text> : null}
      {props.invoiceUrl ? (
        <Text style={styles.text}>
          <Link href={props.invoiceUrl} style={styles.link}>
            Your invoice
          </Link>{" "}
          (sign in first if you are asked to).
        </Text>
      ) : null}
    </EmailLayout>
  );
}

CourseReceiptEmail.PreviewProps = {
  coachName: "Mira Holloway",
  courseTitle: "Healing (e)Motions: Trauma Release Exercises for People with Stress",
  amountPaid: "$149",
  orderReference: "5e1c2a40",
  paidOn: "25 November 2026",
  signInUrl: "http://localhost:3000/api/auth/callback/email?token=preview&email=you%40example.com",
  signInValidHours: 24,
  courseUrl: "http://localhost:3000/learn/healing-emotions",
  signInPageUrl: "http://localhost:3000/sign-in",
  taxLine: null,
  planLine: null,
  invoiceUrl: "http://localhost:3000/account/invoices/5e1c2a40-0000-4000-8000-000000000000",
} satisfies CourseReceiptEmailProps;
