import { and, eq, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { certificates, enrollments } from "@/db/schema";

export async function findCertificateOfEnrollment(db: Executor, enrollmentId: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.enrollmentId, enrollmentId)).limit(1);
  return row ?? null;
}

export async function findCertificate(db: Executor, id: string) {
  const [row] = await db.select().from(certificates).where(eq(certificates.id, id)).limit(1);
  return row ?? null;
}

/** Issues once per enrolment: of two requests at once, both get the one certificate. */
export async function issueCertificateOnce(db: Executor, values: { enrollmentId: string; learnerName: string; courseTitle: string; issuedAt: Date }) {
  await db.insert(certificates).values(values).onConflictDoNothing({ target: certificates.enrollmentId });
  return (await findCertificateOfEnrollment(db, values.enrollmentId))!;
}

/**
 * The holder corrects the name on a certificate nobody has seen yet; false once it was shared
 * (the conditional update decides, so a correction racing a download cannot slip through).
 */
export async function correctCertificateName(db: Executor, input: { enrollmentId: string; learnerName: string }): Promise<boolean> {
  const rows = await db
    .update(certificates)
    .set({ learnerName: input.learnerName })
    .where(and(eq(certificates.enrollmentId, input.enrollmentId), isNull(certificates.sharedAt)))
    .returning({ id: certificates.id });
  return rows.length > 0;
}

/** The certificate left its holder's hands: downloaded, or its page opened by anyone but the holder. */
export async function markCertificateShared(db: Executor, input: { id: string; now: Date; viewerUserId: string | null }) {
  const holder = sql`exists (select 1 from ${enrollments} where ${enrollments.id} = ${certificates.enrollmentId} and ${enrollments.userId} = ${input.viewerUserId})`;
  await db
    .update(certificates)
    .set({ sharedAt: input.now })
    .where(and(eq(certificates.id, input.id), isNull(certificates.sharedAt), ...(input.viewerUserId ? [sql`not ${holder}`] : [])));
}
