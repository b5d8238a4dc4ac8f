import { z } from "zod";
import type { Database, Executor } from "@/db/connect";
import { findUserById } from "@/lib/account/public";
import { findEnrollment } from "@/lib/payments/public";
import { personName } from "@/lib/platform/validation/text";
import { canActAsLearner } from "../access";
import { renderCertificatePdf } from "./pdf";
import { correctCertificateName, findCertificate, findCertificateOfEnrollment, issueCertificateOnce, markCertificateShared } from "./queries";
import { completedLessonIds, loadCourseOutline } from "../learning/queries";
import type { Viewer } from "../learning/service";
import { flattenLessons } from "../learning/progress";

export const certificateNameSchema = personName({ blankMessage: "Write the name to put on your certificate.", max: 120, maxMessage: "Keep the name under 120 characters." });

export type CertificateState =
  | { kind: "none" }
  | { kind: "unfinished"; done: number; total: number }
  | { kind: "ready"; suggestedName: string }
  | { kind: "issued"; id: string; learnerName: string; issuedAt: Date; correctable: boolean };

const issuedOn = (date: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone }).format(date);

/**
 * Certificates of completion: one per enrolment, issued by the learner once every lesson is
 * complete, with the name they choose; a PDF for them and a public page that confirms it
 * (name, course and date only).
 */
export function createCertificateService(deps: {
  db: Database;
  appUrl: string;
  coach: (executor?: Executor) => Promise<{ name: string; timeZone: string }>;
  coachHeadline: () => Promise<string>;
  now?: () => Date;
}) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());

  async function standing(viewer: Viewer, courseSlug: string) {
    const outline = await loadCourseOutline(db, courseSlug);
    if (!outline) return null;
    const enrollment = await findEnrollment(db, viewer.id, outline.course.id);
    if (!canActAsLearner(enrollment)) return null;
    const lessons = flattenLessons(outline.modules);
    const done = (await completedLessonIds(db, viewer.id, lessons.map((lesson) => lesson.id))).size;
    return { course: outline.course, enrollment: enrollment!, done, total: lessons.length };
  }

  const verifyUrl = (id: string) => new URL(`/certificates/${id}`, deps.appUrl).toString();

  return {
    verifyUrl,

    async state(viewer: Viewer, courseSlug: string): Promise<CertificateState> {
      const found = await standing(viewer, courseSlug);
      if (!found) return { kind: "none" };
      const issued = await findCertificateOfEnrollment(db, found.enrollment.id);
      if (issued) return { kind: "issued", id: issued.id, learnerName: issued.learnerName, issuedAt: issued.issuedAt, correctable: issued.sharedAt === null };
      if (found.total === 0 || found.done < found.total) return { kind: "unfinished", done: found.done, total: found.total };
      return { kind: "ready", suggestedName: (await findUserById(db, viewer.id))?.name ?? "" };
    },

    /**
     * Issues the certificate (once; a second request gets the first one) when every lesson is
     * complete. Asked again with another name before it was shared, it corrects the name.
     */
    async issue(viewer: Viewer, courseSlug: string, name: string): Promise<{ ok: true; id: string } | { ok: false; error: string }> {
      const parsed = z.object({ name: certificateNameSchema }).safeParse({ name });
      if (!parsed.success) return { ok: false, error: parsed.error.issues[0]!.message };
      const found = await standing(viewer, courseSlug);
      if (!found) return { ok: false, error: "This course is not open to you." };
      if (found.total === 0 || found.done < found.total) return { ok: false, error: "Complete every lesson first; your certificate is waiting at the end." };
      const certificate = await issueCertificateOnce(db, { enrollmentId: found.enrollment.id, learnerName: parsed.data.name, courseTitle: found.course.title, issuedAt: now() });
      if (certificate.learnerName !== parsed.data.name && !(await correctCertificateName(db, { enrollmentId: found.enrollment.id, learnerName: parsed.data.name }))) {
        return { ok: false, error: "This certificate has been downloaded or shared, so its name can no longer change." };
      }
      return { ok: true, id: certificate.id };
    },

    /** The learner's certificate as a PDF, or null when they have none for this course. */
    async pdf(viewer: Viewer, courseSlug: string): Promise<{ bytes: Buffer; filename: string } | null> {
      const found = await standing(viewer, courseSlug);
      const certificate = found ? await findCertificateOfEnrollment(db, found.enrollment.id) : null;
      if (!found || !certificate) return null;
      await markCertificateShared(db, { id: certificate.id, now: now(), viewerUserId: null });
      const coach = await deps.coach();
      const bytes = await renderCertificatePdf({
        learnerName: certificate.learnerName,
        courseTitle: certificate.courseTitle,
        issuedOn: issuedOn(certificate.issuedAt, coach.timeZone),
        coachName: coach.name,
        coachHeadline: await deps.coachHeadline(),
        verifyUrl: verifyUrl(certificate.id),
      });
      return { bytes, filename: `certificate-${courseSlug}.pdf` };
    },

    /** What the public verification page may say: name, course and date, nothing else. */
    async verify(id: string, viewerUserId: string | null = null) {
      if (!z.uuid().safeParse(id).success) return null;
      const certificate = await findCertificate(db, id);
      if (!certificate) return null;
      // Someone other than its holder has seen it: the name is final from now on.
      await markCertificateShared(db, { id: certificate.id, now: now(), viewerUserId: viewerUserId ?? "00000000-0000-0000-0000-000000000000" });
      const coach = await deps.coach();
      return { learnerName: certificate.learnerName, courseTitle: certificate.courseTitle, issuedOn: issuedOn(certificate.issuedAt, coach.timeZone) };
    },
  };
}

export type CertificateService = ReturnType<typeof createCertificateService>;
