import { eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { certificates } from "@/db/schema";

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
