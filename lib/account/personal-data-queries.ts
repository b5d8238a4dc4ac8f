import { eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { users, verificationTokens } from "@/db/schema";

/** The account an address holds, if any: its part of a person's records (privacy composes them). */
export async function accountRecord(db: Executor, email: string) {
  const [user] = await db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, emailVerified: users.emailVerified, createdAt: users.createdAt })
    .from(users)
    .where(eq(users.email, email));
  return user ?? null;
}

/** Unused sign-in links to the address go; so does the account, and with it (by cascade) its sessions, check-ins, enrolments and progress. */
export async function eraseAccount(tx: Executor, input: { email: string; userId: string | null }) {
  await tx.delete(verificationTokens).where(eq(verificationTokens.identifier, input.email));
  if (input.userId) await tx.delete(users).where(eq(users.id, input.userId));
}
