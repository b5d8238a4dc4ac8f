import { eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { users } from "@/db/schema";
import { readTallies } from "@/lib/tallies/queries";

export async function findUserById(db: Executor, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function updateUserName(db: Executor, id: string, name: string | null) {
  await db.update(users).set({ name }).where(eq(users.id, id));
}

/** Accounts, from the running tally (migration 0034): the dashboard never counts the table. */
export async function countUsers(db: Executor) {
  return (await readTallies(db, "users:")).get("all") ?? 0;
}
