import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { enrollments, lessonProgress, lessons, reflections, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createPrivacyService } from "@/lib/privacy/service";
import { createTestCourse, paymentDeps } from "@/lib/payments/testing/fixtures";
import { createLearningService, type LearningService, type Viewer } from "./service";
import { promptId } from "./reflection-rules";

const database = freshTestDatabase();
let service: LearningService;
let courseSlug: string;
let learner: Viewer & { email: string };
let stranger: Viewer;
const FELT = "Where did you feel the shaking?";
const HELPED = "What helped you stay in your window?";

async function person(email: string) {
  const [row] = await database().db.insert(users).values({ email }).returning();
  return { id: row!.id, role: "member" as const, email };
}

beforeAll(async () => {
  const { db } = database();
  const { course, lessons: rows } = await createTestCourse(db);
  courseSlug = course.slug;
  await db
    .update(lessons)
    .set({ reflectionPrompts: [FELT, HELPED].map((text) => ({ id: promptId(text), text })), reflectionRequired: true })
    .where(eq(lessons.id, rows[1]!.id));
  service = createLearningService({ db });
  learner = await person("writer@example.com");
  stranger = await person("reader@example.com");
  await db.insert(enrollments).values({ userId: learner.id, courseId: course.id, source: "purchase", grantedAt: new Date(), safetyAcknowledgedAt: new Date() });
});

async function rowsOf(userId: string) {
  return database().db.select().from(reflections).where(eq(reflections.userId, userId));
}

describe("reflections", () => {
  it("shows a learner the prompts with their own answers, and nobody else any", async () => {
    await service.saveReflection(learner, courseSlug, "paid-one", promptId(FELT), "In my calves, then my jaw.");
    const view = await service.lesson(learner, courseSlug, "paid-one");
    expect(view.kind === "lesson" && view.reflection).toEqual({
      prompts: [
        { id: promptId(FELT), text: FELT },
        { id: promptId(HELPED), text: HELPED },
      ],
      required: true,
      answers: { [promptId(FELT)]: "In my calves, then my jaw." },
    });
    expect(await service.saveReflection(stranger, courseSlug, "paid-one", promptId(FELT), "Let me in")).toEqual({ ok: false, error: "This lesson is not open to you." });
    expect(await service.saveReflection(null, courseSlug, "paid-one", promptId(FELT), "Anyone")).toMatchObject({ ok: false });
    expect(await rowsOf(stranger.id)).toEqual([]);
  });

  it("refuses an answer to a question the lesson does not ask, or one too long, and keeps what was there", async () => {
    expect(await service.saveReflection(learner, courseSlug, "paid-one", "0000000000000000", "Hello")).toMatchObject({ ok: false, error: expect.stringContaining("no longer on the lesson") });
    expect(await service.saveReflection(learner, courseSlug, "paid-one", promptId(FELT), "x".repeat(10_001))).toMatchObject({ ok: false, error: expect.stringContaining("10,000") });
    expect((await rowsOf(learner.id)).map((row) => row.answer)).toEqual(["In my calves, then my jaw."]);
  });

  it("refuses a NUL or other control character with a clear message instead of failing", async () => {
    expect(await service.saveReflection(learner, courseSlug, "paid-one", promptId(FELT), "abc\u0000def")).toEqual({ ok: false, error: expect.stringContaining("control characters") });
    expect(await service.setComplete(learner, courseSlug, "paid-one", true, { [promptId(HELPED)]: "a\u0000b" })).toEqual({ ok: false, error: expect.stringContaining("control characters") });
  });

  it("keeps the last of many saves at once as one answer", async () => {
    await Promise.all(Array.from({ length: 16 }, (_, index) => service.saveReflection(learner, courseSlug, "paid-one", promptId(FELT), `Draft ${index}`)));
    const rows = await rowsOf(learner.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.answer).toMatch(/^Draft \d+$/);
  });

  it("a required reflection holds back 'continue' until every prompt has an answer; answers sent with it count", async () => {
    const { db } = database();
    expect(await service.setComplete(learner, courseSlug, "paid-one", true)).toEqual({ ok: false, error: `Answer "${HELPED}" before you continue. Only you can read it.` });
    expect(await db.$count(lessonProgress, eq(lessonProgress.userId, learner.id))).toBe(0);
    expect(await service.setComplete(learner, courseSlug, "paid-one", true, { [promptId(HELPED)]: "   " })).toMatchObject({ ok: false });
    // Invisible characters look like nothing, so they answer nothing.
    expect(await service.setComplete(learner, courseSlug, "paid-one", true, { [promptId(HELPED)]: "\u200B\u200B\uFEFF" })).toMatchObject({ ok: false });
    expect(await service.setComplete(learner, courseSlug, "paid-one", true, { [promptId(HELPED)]: "Slowing my breath." })).toEqual({ ok: true });
    expect(await db.$count(lessonProgress, eq(lessonProgress.userId, learner.id))).toBe(1);
  });

  it("a blank answer removes it, and a lesson without prompts completes as before", async () => {
    await service.saveReflection(learner, courseSlug, "paid-one", promptId(HELPED), "  ");
    expect((await rowsOf(learner.id)).map((row) => row.prompt)).toEqual([FELT]);
    expect(await service.setComplete(learner, courseSlug, "paid-two", true)).toEqual({ ok: true });
  });

  it("is in the learner's own data download and never in the one the coach makes", async () => {
    const privacy = createPrivacyService({ db: database().db, email: paymentDeps(database().db).email, appUrl: "https://coach.example", secret: "s".repeat(40), coachName: async () => "Mira", adminEmails: [] });
    const own = await privacy.exportData(learner.email, "person");
    expect(own.reflections).toEqual([expect.objectContaining({ question: FELT, answer: expect.stringMatching(/^Draft \d+$/) })]);
    const coach = await privacy.exportData(learner.email);
    expect(coach).not.toHaveProperty("reflections");
    expect(JSON.stringify(coach)).not.toContain("Draft");
  });
});
