import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { courseModules, enrollments, lessons, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createTestCourse } from "@/lib/payments/testing/fixtures";
import { createDripNoticeService } from "./service";
import { createLearningService, type Viewer } from "../learning/service";

const database = freshTestDatabase();
const now = new Date("2027-01-10T12:00:00Z");
const day = 86_400_000;
let courseSlug: string;
let courseId: string;
const sent: { to: string; props: Record<string, unknown> }[] = [];

async function learner(email: string, grantedAt: Date, revokedAt: Date | null = null): Promise<Viewer> {
  const { db } = database();
  const [user] = await db.insert(users).values({ email }).returning();
  await db.insert(enrollments).values({ userId: user!.id, courseId, source: "purchase", grantedAt, safetyAcknowledgedAt: grantedAt, revokedAt });
  return { id: user!.id, role: "member" };
}

const notices = () =>
  createDripNoticeService({
    db: database().db,
    email: { sendEmail: async (input) => void sent.push({ to: input.to, props: input.props as unknown as Record<string, unknown> }) as never },
    appUrl: "https://coach.example",
    coach: async () => ({ name: "Mira" }),
    now: () => now,
  });

beforeAll(async () => {
  const { db } = database();
  const { course } = await createTestCourse(db);
  courseSlug = course.slug;
  courseId = course.id;
  // Part two opens a week after access began.
  const [later] = await db.insert(courseModules).values({ courseId, position: 1, title: "Part two", opensAfterDays: 7 }).returning();
  await db.insert(lessons).values({ courseId, moduleId: later!.id, position: 0, slug: "later-lesson", title: "Later lesson", body: "LATER-BODY", durationSeconds: 300, status: "published" });
});

describe("drip", () => {
  it("keeps a part closed until its day: the page says when, the content stays out, the action is refused", async () => {
    const service = createLearningService({ db: database().db, now: () => now });
    const early = await learner("early@example.com", new Date(now.getTime() - 2 * day));
    const result = await service.lesson(early, courseSlug, "later-lesson");
    expect(result).toMatchObject({ kind: "gate", access: "locked" });
    expect(JSON.stringify(result)).not.toContain("LATER-BODY");
    if (result.kind !== "gate") throw new Error("expected a gate");
    expect([...result.locks.values()].filter(Boolean)).toEqual([new Date(now.getTime() + 5 * day)]);
    expect(await service.setComplete(early, courseSlug, "later-lesson", true)).toEqual({ ok: false, error: "This lesson is not open to you." });
    // "Continue" never points into the closed part.
    expect(await service.entryLesson(early, courseSlug)).not.toEqual({ lessonSlug: "later-lesson" });

    const veteran = await learner("veteran@example.com", new Date(now.getTime() - 30 * day));
    expect(await service.lesson(veteran, courseSlug, "later-lesson")).toMatchObject({ kind: "lesson" });
    expect(await service.lesson({ id: veteran.id, role: "admin" }, courseSlug, "later-lesson")).toMatchObject({ kind: "lesson" });
  });

  it("emails each learner once when their part opens; never the revoked, never for a part open when they joined", async () => {
    sent.length = 0;
    await learner("refunded@example.com", new Date(now.getTime() - 10 * day), new Date(now.getTime() - day));
    await database().db.update(courseModules).set({ opensAfterDays: null, opensAt: new Date(now.getTime() - 20 * day) }).where(eqTitle("Part two"));
    // With a date rule, someone who joined after the date had it open from the start: no email.
    await learner("joined-after-the-date@example.com", new Date(now.getTime() - 5 * day));
    expect(await notices().notifyOpenedParts()).toBeGreaterThan(0);
    const recipients = sent.map((message) => message.to).sort();
    expect(recipients).not.toContain("refunded@example.com");
    expect(recipients).not.toContain("joined-after-the-date@example.com");
    expect(recipients).toContain("veteran@example.com");
    expect(sent.find((message) => message.to === "veteran@example.com")?.props).toMatchObject({ partTitle: "Part two", lessonUrl: `https://coach.example/learn/${courseSlug}/later-lesson` });

    // Running again sends nothing new.
    const before = sent.length;
    expect(await notices().notifyOpenedParts()).toBe(0);
    expect(sent).toHaveLength(before);
  });
});

function eqTitle(title: string) {
  return sql`${courseModules.title} = ${title}`;
}
