import { count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listPublishedCourseSummaries } from "@/lib/course/queries";
import { listPublishedRoutinesWithSteps } from "@/lib/routines/queries";
import { findCoachProfile } from "@/lib/site/queries";
import { coachProfile, courseModules, lessons, routineSteps, routines } from "@/db/schema";
import { postgresStorage } from "@/lib/platform/storage/postgres-storage";
import { needsSeed, seedDatabase } from "./seed";
import { freshTestDatabase } from "@/db/testing/test-database";

const database = freshTestDatabase();

async function snapshot() {
  const { db } = database();
  const rows = await db.execute(sql`
    select
      (select count(*) from routines)::int as routines,
      (select count(*) from routine_steps)::int as steps,
      (select count(*) from courses)::int as courses,
      (select count(*) from course_modules)::int as modules,
      (select count(*) from lessons)::int as lessons,
      (select max(updated_at) from routines) as routines_updated,
      (select updated_at from coach_profile) as profile_updated
  `);
  return rows[0];
}

describe("seed", () => {
  it("fills an empty database with the coach's demo content", async () => {
    const { db } = database();
    expect(await needsSeed(db)).toBe(true);

    const result = await seedDatabase(db, new Date("2026-11-01T09:00:00Z"));

    expect(result).toEqual({ coachProfile: true, routines: 7, courses: 1, booking: true });
    expect(await needsSeed(db)).toBe(false);
    const profile = await findCoachProfile(db);
    expect(profile?.timezone).toBe("Europe/Berlin");
  });

  it("changes nothing when run a second time", async () => {
    const { db } = database();
    const before = await snapshot();
    const result = await seedDatabase(db, new Date("2026-11-20T09:00:00Z"));
    expect(result).toEqual({ coachProfile: false, routines: 0, courses: 0, booking: false });
    expect(await snapshot()).toEqual(before);
  });

  it("never overwrites what the coach has edited", async () => {
    const { db } = database();
    await db.update(coachProfile).set({ shortBio: "Edited by the coach." });
    await seedDatabase(db);
    expect((await findCoachProfile(db))?.shortBio).toBe("Edited by the coach.");
  });

  it("ships its own drawings, described, stored like uploads, and drops one the coach replaced", async () => {
    const { db } = database();
    const files = postgresStorage(db);
    const profile = await findCoachProfile(db);
    expect(profile?.portraitAlt).toMatch(/drawing/);
    const portrait = await files.get(profile!.portraitKey!);
    expect(portrait?.contentType).toBe("image/svg+xml");
    expect(new TextDecoder().decode(portrait!.bytes)).toMatch(/^<svg /);
    const [tennis] = await db.select().from(routines).where(eq(routines.slug, "tennis-ball-foot-release"));
    expect(tennis).toMatchObject({ imageKey: expect.stringMatching(/^seed\//), imageAlt: expect.stringContaining("tennis balls") });
    const pictured = await db.select().from(routineSteps).where(eq(routineSteps.routineId, tennis!.id));
    expect(pictured.filter((step) => step.mediaKey).every((step) => step.mediaAlt)).toBe(true);
    expect(pictured.filter((step) => step.mediaKey).length).toBeGreaterThanOrEqual(3);

    // The coach takes the portrait away: seeding again does not bring its bytes back.
    await db.update(coachProfile).set({ portraitKey: null, portraitAlt: null });
    await seedDatabase(db);
    expect(await files.get(profile!.portraitKey!)).toBeNull();
    expect(await files.get(tennis!.imageKey!)).not.toBeNull();
  });

  it("starts with the tennis-ball foot release, faithful to the article", async () => {
    const { db } = database();
    const published = await listPublishedRoutinesWithSteps(db);
    expect(published.length).toBeGreaterThanOrEqual(6);
    const first = published[0]!;
    expect(first.slug).toBe("tennis-ball-foot-release");
    expect(first.equipment).toEqual(["tennis-balls"]);
    const rolling = first.steps.find((step) => /roll both balls/i.test(step.instruction));
    expect(rolling?.durationSeconds).toBe(10);
    expect(first.steps.some((step) => /fold forward/i.test(step.instruction))).toBe(true);
    expect(first.whyItWorks).toMatch(/posterior chain/i);
    expect(first.whyItWorks).toMatch(/fascia/i);
    expect(first.cautions).toMatch(/overstretching your hamstrings/i);
    // Steps come back in order, each one of them.
    expect(first.steps.map((step) => step.position)).toEqual(first.steps.map((_, index) => index));
  });

  it("keeps drafts out of the published list", async () => {
    const { db } = database();
    const published = await listPublishedRoutinesWithSteps(db);
    expect(published.map((routine) => routine.slug)).not.toContain("hip-circles-for-long-sitting-days");
    const [drafts] = await db.select({ n: count() }).from(routines).where(eq(routines.status, "draft"));
    expect(drafts?.n).toBe(1);
  });

  it("creates the course with modules, lessons and free previews", async () => {
    const { db } = database();
    const [course] = await listPublishedCourseSummaries(db);
    expect(course).toMatchObject({
      slug: "healing-emotions",
      title: "Healing (e)Motions: Trauma Release Exercises for People with Stress",
      priceAmount: 14900,
      currency: "usd",
    });
    expect(course!.moduleCount).toBeGreaterThanOrEqual(3);
    expect(course!.lessonCount).toBeGreaterThanOrEqual(8);
    const previews = await db.select().from(lessons).where(eq(lessons.isPreview, true));
    expect(previews.length).toBeGreaterThanOrEqual(1);
    expect(previews.length).toBeLessThanOrEqual(2);
    const [modules] = await db.select({ n: count() }).from(courseModules);
    expect(modules?.n).toBe(course!.moduleCount);
  });

  it("rolls back completely when any part fails", async () => {
    const { db } = database();
    const before = await snapshot();
    await db.delete(routines).where(eq(routines.slug, "soften-your-jaw"));
    const afterDelete = await snapshot();
    // Make the steps insert fail: the re-inserted routine must not survive without its steps.
    await db.execute(sql`alter table routine_steps add constraint test_block check (position < 0) not valid`);
    await expect(seedDatabase(db)).rejects.toThrow();
    await db.execute(sql`alter table routine_steps drop constraint test_block`);
    expect(await snapshot()).toEqual(afterDelete);
    expect(afterDelete).not.toEqual(before);
    const [steps] = await db.select({ n: count() }).from(routineSteps);
    expect(steps?.n).toBe((afterDelete as { steps: number }).steps);
  });
});
