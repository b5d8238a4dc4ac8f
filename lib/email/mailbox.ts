import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { emailOutbox } from "@/db/schema";

/** The newest messages, optionally to one address: what the development mailbox shows. */
export async function listMailbox(db: Executor, to?: string, limit = 50) {
  return db
    .select()
    .from(emailOutbox)
    .where(to ? eq(emailOutbox.toAddress, to.toLowerCase()) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(limit);
}
