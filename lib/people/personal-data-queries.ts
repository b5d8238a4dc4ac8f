import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { people, personNotes } from "@/db/schema";

/** The coach's notes on a person, oldest first. */
export async function noteRecords(db: Executor, personId: string) {
  return db.select({ id: personNotes.id, body: personNotes.body, createdAt: personNotes.createdAt }).from(personNotes).where(eq(personNotes.personId, personId)).orderBy(asc(personNotes.createdAt));
}

/** The person leaves the list, and the coach's notes on them with it. */
export async function erasePersonEntry(tx: Executor, email: string) {
  await tx.delete(people).where(eq(people.email, email));
}
