import { beforeAll, describe, expect, it } from "vitest";
import { enrollments, lessonProgress, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createTestCourse } from "@/lib/payments/testing/fixtures";
import { createLearningService, type LearningService, type Viewer } from "./service";

const database = freshTestDatabase();
let service: LearningService;
let courseSlug: string;
let lessonSlugs: { slug: string; isPreview: boolean }[];
const viewers: Record<string, Viewer | null> = { anonymous: null };

async function person(email: string, role: "member" | "admin" = "member") {
  const [row] = await database().db.insert(users).values({ email, role }).returning();
  return { id: row!.id, role } satisfies Viewer;
}

beforeAll(async () => {
  const { db } = database();
  const { course, lessons } = await createTestCourse(db);
  courseSlug = course.slug;
  lessonSlugs = lessons.map((lesson) => ({ slug: lesson.slug, isPreview: lesson.isPreview }));
  service = createLearningService({ db });

  viewers.notEnrolled = await person("stranger@example.com");
  viewers.refunded = await person("refunded@example.com");
  viewers.enrolled = await person("learner@example.com");
  viewers.notAcknowledged = await person("new@example.com");
  const now = new Date();
  await db.insert(enrollments).values([
    { userId: viewers.refunded.id, courseId: course.id, source: "purchase", grantedAt: now, safetyAcknowledgedAt: now, revokedAt: now, revokedReason: "Refunded" },
    { userId: viewers.enrolled.id, courseId: course.id, source: "purchase", grantedAt: now, safetyAcknowledgedAt: now },
    { userId: viewers.notAcknowledged.id, courseId: course.id, source: "complimentary", grantedAt: now },
  ]);
});

describe("access matrix: no content for people without access", () => {
  for (const who of ["anonymous", "notEnrolled", "refunded"]) {
    it(`${who}: full lessons show a gate and no body; previews are open`, async () => {
      for (const { slug, isPreview } of lessonSlugs) {
        const result = await service.lesson(viewers[who]!, courseSlug, slug);
        if (isPreview) {
          expect(result.kind).toBe("lesson");
        } else {
          expect(result.kind).toBe("gate");
          expect(JSON.stringify(result)).not.toContain("SECRET-LESSON-BODY");
        }
      }
    });

    it(`${who}: every lesson action is refused and writes nothing`, async () => {
      const { db } = database();
      for (const { slug } of lessonSlugs) {
        expect((await service.setComplete(viewers[who]!, courseSlug, slug, true)).ok).toBe(false);
      }
      expect((await service.acknowledgeSafety(viewers[who]!, courseSlug)).ok).toBe(false);
      expect(await db.$count(lessonProgress)).toBe(0);
    });
  }

  it("an enrolled learner sees the safety note first, then content after acknowledging", async () => {
    const viewer = viewers.notAcknowledged!;
    const before = await service.lesson(viewer, courseSlug, "paid-one");
    expect(before).toMatchObject({ kind: "gate", access: "safety-first" });
    expect((await service.acknowledgeSafety(viewer, courseSlug)).ok).toBe(true);
    const after = await service.lesson(viewer, courseSlug, "paid-one");
    expect(after.kind).toBe("lesson");
    expect(after.kind === "lesson" && after.content.body).toContain("SECRET-LESSON-BODY one");
  });

  it("an enrolled learner completes lessons and progress and 'continue' follow", async () => {
    const viewer = viewers.enrolled!;
    expect((await service.setComplete(viewer, courseSlug, "preview", true)).ok).toBe(true);
    expect((await service.setComplete(viewer, courseSlug, "paid-one", true)).ok).toBe(true);
    await service.lesson(viewer, courseSlug, "paid-one");
    const [mine] = await service.myCourses(viewer);
    expect(mine).toMatchObject({ slug: courseSlug, progress: { done: 2, total: 3, percent: 67 }, continueHref: `/learn/${courseSlug}/paid-two` });
    expect(await service.entryLesson(viewer, courseSlug)).toEqual({ lessonSlug: "paid-two" });
    expect(await service.entryLesson(viewers.refunded!, courseSlug)).toEqual({ salesPage: true });
    // Undo is allowed, and repeating "complete" is harmless.
    expect((await service.setComplete(viewer, courseSlug, "paid-one", false)).ok).toBe(true);
    expect((await service.setComplete(viewer, courseSlug, "preview", true)).ok).toBe(true);
    const [again] = await service.myCourses(viewer);
    expect(again!.progress.done).toBe(1);
  });

  it("an unknown lesson or course is not found", async () => {
    expect((await service.lesson(viewers.enrolled!, courseSlug, "nope")).kind).toBe("not-found");
    expect((await service.lesson(viewers.enrolled!, "no-such-course", "preview")).kind).toBe("not-found");
  });
});
