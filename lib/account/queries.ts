import { eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { users } from "@/db/schema";

export async function findUserById(db: Executor, id: string) {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

export async function updateUserName(db: Executor, id: string, name: string | null) {
  await db.update(users).set({ name }).where(eq(users.id, id));
}

