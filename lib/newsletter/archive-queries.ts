import { and, desc, eq, isNotNull } from "drizzle-orm";

// The queries behind the public archive of sent letters and the dashboard's last letter.
import type { Executor } from "@/db/connect";
import { broadcasts } from "@/db/schema";
import { countCopiesByBroadcast } from "@/lib/email/public";

/** Sent letters, newest first: the public archive. Drafts and letters still sending never show. */
export async function listArchive(db: Executor) {
  return db
    .select({ slug: broadcasts.slug, subject: broadcasts.subject, preheader: broadcasts.preheader, sentAt: broadcasts.finishedAt })
    .from(broadcasts)
    .where(and(eq(broadcasts.status, "sent"), isNotNull(broadcasts.slug)))
    .orderBy(desc(broadcasts.finishedAt));
}

export async function findArchivedLetter(db: Executor, slug: string) {
  const [row] = await db
    .select({ slug: broadcasts.slug, subject: broadcasts.subject, preheader: broadcasts.preheader, body: broadcasts.body, routineSlugs: broadcasts.routineSlugs, sentAt: broadcasts.finishedAt })
    .from(broadcasts)
    .where(and(eq(broadcasts.status, "sent"), eq(broadcasts.slug, slug)))
    .limit(1);
  return row ?? null;
}

/** The most recent letter that finished sending, with how many reached people and how many failed. */
export async function lastSentBroadcast(db: Executor) {
  const [letter] = await db
    .select({ id: broadcasts.id, subject: broadcasts.subject, finishedAt: broadcasts.finishedAt })
    .from(broadcasts)
    .where(eq(broadcasts.status, "sent"))
    .orderBy(desc(broadcasts.finishedAt))
    .limit(1);
  if (!letter) return null;
  const rows = await countCopiesByBroadcast(db, letter.id);
  const of = (status: string) => Number(rows.find((row) => row.status === status)?.n ?? 0);
  return { ...letter, sent: of("sent"), failed: of("failed") };
}
