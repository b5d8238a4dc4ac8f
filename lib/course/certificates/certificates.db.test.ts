import { beforeAll, describe, expect, it } from "vitest";
import { enrollments, lessonProgress, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createTestCourse } from "@/lib/payments/testing/fixtures";
import { renderCertificatePdf } from "./pdf";
import { createCertificateService } from "./service";
import type { Viewer } from "../learning/service";

const database = freshTestDatabase();
const now = new Date("2027-03-04T10:00:00Z");
let courseSlug: string;
let lessonIds: string[];
let courseId: string;

const service = () =>
  createCertificateService({
    db: database().db,
    appUrl: "https://coach.example",
    coach: async () => ({ name: "Mira Holloway", timeZone: "Europe/Berlin" }),
    coachHeadline: async () => "Movement and somatic coach",
    now: () => now,
  });

async function learner(email: string, { finished, revoked = false, name = null }: { finished: boolean; revoked?: boolean; name?: string | null }): Promise<Viewer> {
  const { db } = database();
  const [user] = await db.insert(users).values({ email, name }).returning();
  await db.insert(enrollments).values({ userId: user!.id, courseId, source: "purchase", grantedAt: now, safetyAcknowledgedAt: now, revokedAt: revoked ? now : null });
  const done = finished ? lessonIds : lessonIds.slice(0, 1);
  await db.insert(lessonProgress).values(done.map((lessonId) => ({ userId: user!.id, lessonId, completedAt: now })));
  return { id: user!.id, role: "member" };
}

beforeAll(async () => {
  const { course, lessons } = await createTestCourse(database().db);
  courseSlug = course.slug;
  courseId = course.id;
  lessonIds = lessons.map((lesson) => lesson.id);
});

describe("certificates of completion", () => {
  it("waits until every lesson is complete, and never comes to someone whose access ended", async () => {
    const halfway = await learner("halfway@example.com", { finished: false });
    expect(await service().state(halfway, courseSlug)).toEqual({ kind: "unfinished", done: 1, total: 3 });
    expect(await service().issue(halfway, courseSlug, "Sam Halfway")).toEqual({ ok: false, error: "Complete every lesson first; your certificate is waiting at the end." });
    const refunded = await learner("refunded-finisher@example.com", { finished: true, revoked: true });
    expect(await service().issue(refunded, courseSlug, "Sam Refunded")).toEqual({ ok: false, error: "This course is not open to you." });
    expect(await service().pdf(refunded, courseSlug)).toBeNull();
  });

  it("issues once with the learner's chosen name, however many times it is asked for at once", async () => {
    const finisher = await learner("finisher@example.com", { finished: true, name: "Robin Account-Name" });
    expect(await service().state(finisher, courseSlug)).toEqual({ kind: "ready", suggestedName: "Robin Account-Name" });
    expect(await service().issue(finisher, courseSlug, "   ")).toEqual({ ok: false, error: "Write the name to put on your certificate." });
    const results = await Promise.all(Array.from({ length: 8 }, (_, index) => service().issue(finisher, courseSlug, `Robin Finisher ${index}`)));
    const ids = new Set(results.map((result) => (result.ok ? result.id : null)));
    expect(ids.size).toBe(1);
    const state = await service().state(finisher, courseSlug);
    expect(state).toMatchObject({ kind: "issued", learnerName: expect.stringMatching(/^Robin Finisher \d$/) });

    // The public page says who, what and when, and nothing else.
    const id = [...ids][0]!;
    const verified = await service().verify(id);
    expect(verified).toEqual({ learnerName: (state as { learnerName: string }).learnerName, courseTitle: `Course ${courseSlug}`, issuedOn: "4 March 2027" });
    expect(await service().verify("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await service().verify("not-an-id")).toBeNull();

    const pdf = await service().pdf(finisher, courseSlug);
    expect(pdf?.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf?.filename).toBe(`certificate-${courseSlug}.pdf`);
  });

  it("prints the name, course, date, coach and the address that verifies it", async () => {
    const bytes = await renderCertificatePdf(
      { learnerName: "Robin Finisher", courseTitle: "Healing (e)Motions", issuedOn: "4 March 2027", coachName: "Mira Holloway", coachHeadline: "Movement coach", verifyUrl: "https://coach.example/certificates/abc" },
      { compress: false },
    );
    const text = bytes.toString("latin1");
    expect(text).toContain("(https://coach.example/certificates/abc)");
    expect(text).toContain("(Certificate of completion: Healing \\(e\\)Motions)");
    expect(text).toContain("(Robin Finisher)");
    // Text is drawn as hex-encoded glyph runs: the name's letters are in the page's content.
    expect(text).toMatch(/\[<[0-9a-f]+>/);
  });
});
