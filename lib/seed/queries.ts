import { sql } from "drizzle-orm";
import type { Database, Executor } from "@/db/connect";
import { availabilityRules, bookingSettings, coachProfile, courseModules, courses, intakeQuestions, lessons, routineSteps, routines } from "@/db/schema";
import type { CourseSeedInput } from "@/lib/course/schema";
import type { RoutineInput } from "@/lib/routines/schema";
import type { bookingSeed } from "./content/booking";
import type { coachSeed } from "./content/coach";

export interface SeedResult {
  coachProfile: boolean;
  routines: number;
  courses: number;
  /** Opening hours and intake questions, added only where none exist. */
  booking: boolean;
}

export interface DemoContent {
  coach: typeof coachSeed;
  routines: RoutineInput[];
  /** Cover pictures by routine slug (keys of pictures the seed stores). */
  covers: Record<string, { key: string; alt: string }>;
  course: CourseSeedInput;
  booking: typeof bookingSeed;
}

/** Writes the demo content in the caller's transaction, skipping whatever already exists by its natural key. */
export async function writeDemoContent(tx: Executor, content: DemoContent, now: Date): Promise<SeedResult> {
    const result: SeedResult = { coachProfile: false, routines: 0, courses: 0, booking: false };

    const profile = await tx
      .insert(coachProfile)
      .values({ id: 1, ...content.coach })
      .onConflictDoNothing()
      .returning({ id: coachProfile.id });
    result.coachProfile = profile.length > 0;

    for (const [index, input] of content.routines.entries()) {
      const { steps, removeImage: _unused, ...fields } = input;
      const cover = content.covers[fields.slug];
      // Stagger publish dates so "newest first" has a stable, meaningful order.
      const publishedAt = fields.status === "published" ? new Date(now.getTime() - index * 86_400_000) : null;
      const inserted = await tx
        .insert(routines)
        .values({ ...fields, publishedAt, imageKey: cover?.key ?? null, imageAlt: cover?.alt ?? fields.imageAlt })
        .onConflictDoNothing({ target: routines.slug })
        .returning({ id: routines.id });
      const routine = inserted[0];
      if (!routine) continue;
      await tx.insert(routineSteps).values(steps.map((step, position) => ({ ...step, position, routineId: routine.id })));
      result.routines += 1;
    }

    const { modules, ...courseFields } = content.course;
    const insertedCourse = await tx
      .insert(courses)
      .values(courseFields)
      .onConflictDoNothing({ target: courses.slug })
      .returning({ id: courses.id });
    const courseRow = insertedCourse[0];
    if (courseRow) {
      for (const [modulePosition, module] of modules.entries()) {
        const { lessons: lessonInputs, ...moduleFields } = module;
        const [moduleRow] = await tx
          .insert(courseModules)
          .values({ ...moduleFields, courseId: courseRow.id, position: modulePosition })
          .returning({ id: courseModules.id });
        if (!moduleRow) throw new Error("Inserting a course module returned no row.");
        await tx.insert(lessons).values(
          lessonInputs.map((lesson, position) => ({
            ...lesson,
            position,
            courseId: courseRow.id,
            moduleId: moduleRow.id,
          })),
        );
      }
      result.courses += 1;
    }

    if ((await tx.$count(availabilityRules)) === 0 && (await tx.$count(intakeQuestions)) === 0) {
      await tx.insert(availabilityRules).values(content.booking.rules);
      await tx.insert(intakeQuestions).values(content.booking.questions.map((question, position) => ({ ...question, position })));
      await tx.update(bookingSettings).set({ locationKind: content.booking.locationKind, location: content.booking.location });
      result.booking = true;
    }

    return result;
}

/** Whether the profile, a routine or a step still shows this picture (the coach may have replaced it). */
export async function isSeedPictureInUse(db: Executor, key: string): Promise<boolean> {
  const rows = await db.execute(sql`
    select exists (select 1 from coach_profile where portrait_key = ${key})
        or exists (select 1 from routines where image_key = ${key})
        or exists (select 1 from routine_steps where media_key = ${key}) as used`);
  return Boolean((rows[0] as { used: boolean } | undefined)?.used);
}

/** A database with no coach profile has never been seeded (or set up). */
export async function needsSeed(db: Database | Executor): Promise<boolean> {
  const rows = await db.execute(sql`select exists (select 1 from coach_profile) as seeded`);
  return !(rows[0] as { seeded: boolean } | undefined)?.seeded;
}
