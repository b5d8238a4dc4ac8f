import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { and, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/connect";
import { accounts, sessions, users, verificationTokens, type SessionProof, type UserRole } from "@/db/schema";

/**
 * Auth.js's own reads and writes of users, sessions and sign-in links, over our tables; sign-out
 * needs to know whose session ended, which the stock deleteSession does not say.
 */
export function authAdapter(db: Database) {
  return {
    ...DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens } as never),
    deleteSession: (sessionToken: string) => deleteSessionReturning(db, sessionToken),
  };
}

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
export async function insertSession(db: Executor, values: { sessionToken: string; userId: string; expires: Date; proof: SessionProof }) {
  await db.insert(sessions).values(values);
}

/** Ends a session and says whose it was (Auth.js's Drizzle adapter returns nothing), so sign-out can clean up after it. */
export async function deleteSessionReturning(db: Executor, sessionToken: string) {
  const [row] = await db.delete(sessions).where(eq(sessions.sessionToken, sessionToken)).returning();
  return row ?? null;
}

/**
 * A link sent to `email` was just opened: the address is proven. In one transaction, with the
 * user row locked (so the paying browser's entry, which locks it too, cannot slip a session in
 * between): mark the address verified, end every session the checkout opened for it, and when
 * the role changes (ADMIN_EMAILS decides), end every session of the user and write the new role.
 * Runs before Auth.js creates the new session, so "every session" never includes the new one.
 */
export async function proveAddress(db: Database, input: { email: string; role: (email: string) => UserRole; now: Date }) {
  const email = input.email.toLowerCase();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, role: users.role }).from(users).where(eq(users.email, email)).for("update").limit(1);
    if (!user) return { existed: false, endedSessions: 0, roleChanged: false };
    await tx.update(users).set({ emailVerified: sql`coalesce(${users.emailVerified}, ${input.now.toISOString()}::timestamptz)` }).where(eq(users.id, user.id));
    const role = input.role(email);
    const roleChanged = role !== user.role;
    const ended = await tx
      .delete(sessions)
      .where(roleChanged ? eq(sessions.userId, user.id) : and(eq(sessions.userId, user.id), eq(sessions.proof, "checkout")))
      .returning({ token: sessions.sessionToken });
    if (roleChanged) await tx.update(users).set({ role }).where(eq(users.id, user.id));
    return { existed: true, endedSessions: ended.length, roleChanged };
  });
}

