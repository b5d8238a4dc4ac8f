/**
 * Who may read a lesson. Preview lessons are open to everyone; the rest need an active
 * enrollment and, once, the safety acknowledgement. The coach (admin) may preview anything.
 */
export type LessonAccess = "open" | "sign-in" | "buy" | "revoked" | "locked" | "safety-first";

export interface AccessFacts {
  lesson: { isPreview: boolean };
  viewer: { signedIn: boolean; isAdmin: boolean };
  enrollment: { revokedAt: Date | null; safetyAcknowledgedAt: Date | null } | null;
  /** When the lesson's part opens for this learner, if it has not yet (lib/course/drip/rules.ts). */
  lockedUntil?: Date | null;
}

export function decideLessonAccess({ lesson, viewer, enrollment, lockedUntil = null }: AccessFacts): LessonAccess {
  if (lesson.isPreview) return "open";
  if (viewer.isAdmin) return "open";
  if (!viewer.signedIn) return "sign-in";
  if (!enrollment) return "buy";
  if (enrollment.revokedAt) return "revoked";
  if (lockedUntil) return "locked";
  if (!enrollment.safetyAcknowledgedAt) return "safety-first";
  return "open";
}

/** Learner actions (progress, acknowledgement) need an enrollment that is not revoked. */
export function canActAsLearner(enrollment: { revokedAt: Date | null } | null): boolean {
  return enrollment !== null && enrollment.revokedAt === null;
}
