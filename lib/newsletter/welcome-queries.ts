import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { subscribers, welcomeDeliveries, welcomeFollowUps } from "@/db/schema";

export async function listFollowUps(db: Executor) {
  return db.select().from(welcomeFollowUps).orderBy(asc(welcomeFollowUps.delayDays), asc(welcomeFollowUps.createdAt));
}

export async function insertFollowUp(db: Executor, values: { delayDays: number; subject: string; body: string }) {
  const [row] = await db.insert(welcomeFollowUps).values(values).returning();
  return row!;
}

export async function deleteFollowUp(db: Executor, id: string) {
  const [row] = await db.delete(welcomeFollowUps).where(eq(welcomeFollowUps.id, id)).returning({ id: welcomeFollowUps.id });
  return Boolean(row);
}

export async function findFollowUp(db: Executor, id: string) {
  const [row] = await db.select().from(welcomeFollowUps).where(eq(welcomeFollowUps.id, id));
  return row ?? null;
}

export async function lockSubscriber(tx: Executor, id: string) {
  const [row] = await tx.select().from(subscribers).where(eq(subscribers.id, id)).for("update");
  return row ?? null;
}

/** True the first time a reader gets a follow-up; false ever after (the primary key decides). */
export async function recordDelivery(tx: Executor, subscriberId: string, followUpId: string, at: Date) {
  const [row] = await tx.insert(welcomeDeliveries).values({ subscriberId, followUpId, sentAt: at }).onConflictDoNothing().returning({ id: welcomeDeliveries.followUpId });
  return Boolean(row);
}
