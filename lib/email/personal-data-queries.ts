import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { emailDeliveryEvents, emailOutbox, emailSuppressions } from "@/db/schema";

/** The mail sent to an address (newest first), what became of it, and whether the address is suppressed. */
export async function mailRecords(db: Executor, email: string, limit: number) {
  const emails = await db
    .select({
      id: emailOutbox.id,
      kind: emailOutbox.kind,
      template: emailOutbox.template,
      subject: emailOutbox.subject,
      status: emailOutbox.status,
      deliveryStatus: emailOutbox.deliveryStatus,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      sentAt: emailOutbox.sentAt,
    })
    .from(emailOutbox)
    .where(eq(emailOutbox.toAddress, email))
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);

  const deliveryEvents = await db
    .select({ type: emailDeliveryEvents.type, bounceType: emailDeliveryEvents.bounceType, detail: emailDeliveryEvents.detail, occurredAt: emailDeliveryEvents.occurredAt })
    .from(emailDeliveryEvents)
    .where(eq(emailDeliveryEvents.address, email))
    .orderBy(desc(emailDeliveryEvents.occurredAt))
    .limit(limit);

  const [suppression] = await db
    .select({
      reason: emailSuppressions.reason,
      detail: emailSuppressions.detail,
      suppressedAt: emailSuppressions.suppressedAt,
      until: emailSuppressions.until,
      liftedAt: emailSuppressions.liftedAt,
    })
    .from(emailSuppressions)
    .where(eq(emailSuppressions.address, email));

  return { emails, deliveryEvents, suppression: suppression ?? null };
}

/**
 * The address leaves the mail: unsent mail to it goes, sent mail keeps only its status (the letter
 * counts) with address, subject and body blanked; mail to others that names it (the coach's "new
 * booking" notice quotes the booker) is treated the same; its delivery events and suppression go.
 */
export async function eraseMail(tx: Executor, input: { email: string; erasedDomain: string }) {
  const { email } = input;
  const placeholder = sql`'erased-' || ${emailOutbox.id}::text || '@${sql.raw(input.erasedDomain)}'`;
  const blank = { subject: "(erased)", html: "", text: "", headers: {}, attachments: [], lastError: null };
  const purged = await tx
    .delete(emailOutbox)
    .where(and(eq(emailOutbox.toAddress, email), inArray(emailOutbox.status, ["queued", "sending"])))
    .returning({ id: emailOutbox.id });
  const blanked = await tx.update(emailOutbox).set({ toAddress: placeholder, ...blank }).where(eq(emailOutbox.toAddress, email)).returning({ id: emailOutbox.id });
  // A scan, but erasures are rare and the outbox is indexed for the rest.
  const mentions = sql`(strpos(lower(${emailOutbox.html}), ${email}) > 0 or strpos(lower(${emailOutbox.text}), ${email}) > 0 or strpos(lower(${emailOutbox.subject}), ${email}) > 0 or strpos(lower(${emailOutbox.headers}::text), ${email}) > 0)`;
  const purgedMentions = await tx
    .delete(emailOutbox)
    .where(and(mentions, inArray(emailOutbox.status, ["queued", "sending"])))
    .returning({ id: emailOutbox.id });
  const blankedMentions = await tx.update(emailOutbox).set(blank).where(mentions).returning({ id: emailOutbox.id });
  await tx.delete(emailDeliveryEvents).where(eq(emailDeliveryEvents.address, email));
  await tx.delete(emailSuppressions).where(eq(emailSuppressions.address, email));
  return { unsentMailPurged: purged.length + purgedMentions.length, sentMailBlanked: blanked.length + blankedMentions.length };
}
