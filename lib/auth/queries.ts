import { eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { sessions, users, verificationTokens, type UserRole } from "@/db/schema";

/** ADMIN_EMAILS decides the role; it is written at every sign-in. */
export async function setUserRole(db: Executor, userId: string, role: UserRole) {
  await db.update(users).set({ role }).where(eq(users.id, userId));
}

export async function findUserEmail(db: Executor, userId: string) {
  const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  return row?.email ?? null;
}

/**
 * Every sign-in link still outstanding for an address. Used when that address signs in or out:
 * an old link lying in an inbox (or a forwarded email) must not open a session later.
 */
export async function deleteSignInLinks(db: Executor, email: string) {
  await db.delete(verificationTokens).where(eq(verificationTokens.identifier, email.toLowerCase()));
}

/** A sign-in link's token as Auth.js stores it (hashed with the secret); written in the caller's transaction. */
export async function insertSignInToken(db: Executor, values: { identifier: string; token: string; expires: Date }) {
  await db.insert(verificationTokens).values(values);
}

/** A database session, as Auth.js would write it after a sign-in (see lib/auth/session-cookie.ts). */
export async function insertSession(db: Executor, values: { sessionToken: string; userId: string; expires: Date }) {
  await db.insert(sessions).values(values);
}

/** Ends a session and says whose it was (Auth.js's Drizzle adapter returns nothing), so sign-out can clean up after it. */
export async function deleteSessionReturning(db: Executor, sessionToken: string) {
  const [row] = await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken)).returning();
  return row ?? null;
}
