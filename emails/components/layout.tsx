import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/** The branded frame every email shares: linen background, one calm column, plain footer. */
export function EmailLayout({
  preview,
  coachName,
  footer,
  children,
}: {
  preview: string;
  coachName: string;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{coachName}</Text>
          <Section style={styles.card}>{children}</Section>
          <Hr style={styles.rule} />
          <Text style={styles.footer}>
            {footer ?? "You are receiving this because someone asked for it on the site. If it wasn’t you, you can ignore it."}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const styles = {
  body: { backgroundColor: "#f7f3ec", color: "#1f2a24", fontFamily: "Figtree, 'Helvetica Neue', Arial, sans-serif", margin: 0, padding: "24px 0" },
  container: { maxWidth: "560px", margin: "0 auto", padding: "0 16px" },
  brand: { fontFamily: "Georgia, 'Times New Roman', serif", fontSize: "22px", margin: "8px 0 16px" },
  card: { backgroundColor: "#fcfaf6", border: "1px solid #d9cfbf", borderRadius: "16px", padding: "28px 24px" },
  heading: { fontFamily: "Georgia, 'Times New Roman', serif", fontSize: "26px", lineHeight: "1.25", fontWeight: 500, margin: "0 0 12px" },
  text: { fontSize: "17px", lineHeight: "1.6", margin: "0 0 16px" },
  muted: { fontSize: "15px", lineHeight: "1.6", color: "#44534a", margin: "0 0 12px" },
  button: { backgroundColor: "#4f6b4a", color: "#fcfaf6", borderRadius: "999px", padding: "14px 24px", fontSize: "17px", fontWeight: 600, textDecoration: "none", display: "inline-block" },
  rule: { borderColor: "#d9cfbf", margin: "24px 0 12px" },
  footer: { fontSize: "13px", lineHeight: "1.5", color: "#44534a" },
  // A long address may wrap where it must; words in a link never break in the middle.
  link: { color: "#3e5739", wordBreak: "normal" as const, overflowWrap: "break-word" as const, wordWrap: "break-word" as const },
} as const;
