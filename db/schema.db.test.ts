import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { courseModules, courses, lessons, routineSteps, routines } from "./schema";
import { freshTestDatabase } from "./testing/test-database";

const database = freshTestDatabase();

async function pgError(promise: Promise<unknown>): Promise<{ code?: string; constraint_name?: string }> {
  try {
    await promise;
  } catch (error) {
    // Drizzle wraps the driver error; the Postgres fields live on its cause.
    const cause = (error as { cause?: object }).cause ?? error;
    return cause as { code?: string; constraint_name?: string };
  }
  throw new Error("expected the database to refuse this write");
}

let routineId: string;

beforeAll(async () => {
  const [row] = await database()
    .db.insert(routines)
    .values({ slug: "test-routine", title: "Test", summary: "Test", bodyAreas: ["feet"] })
    .returning({ id: routines.id });
  routineId = row!.id;
});

describe("database constraints", () => {
  it("refuses a step with both seconds and repetitions", async () => {
    const error = await pgError(
      database().db.insert(routineSteps).values({ routineId, position: 0, instruction: "x", durationSeconds: 5, repetitions: 3 }),
    );
    expect(error).toMatchObject({ code: "23514", constraint_name: "routine_steps_seconds_or_reps" });
  });

  it("refuses an unknown body area even when application code is bypassed", async () => {
    const error = await pgError(
      database().db.execute(sql`insert into routines (slug, title, summary, body_areas) values ('x', 'x', 'x', '{elbow}')`),
    );
    expect(error).toMatchObject({ code: "23514", constraint_name: "routines_body_areas_known" });
  });

  it("refuses a duplicate routine slug", async () => {
    const error = await pgError(
      database().db.insert(routines).values({ slug: "test-routine", title: "Again", summary: "x" }),
    );
    expect(error).toMatchObject({ code: "23505", constraint_name: "routines_slug_unique" });
  });

  it("refuses a published routine without a publish date", async () => {
    const error = await pgError(
      database().db.insert(routines).values({ slug: "no-date", title: "x", summary: "x", status: "published" }),
    );
    expect(error).toMatchObject({ code: "23514", constraint_name: "routines_published_has_date" });
  });

  it("keeps a lesson's course equal to its module's course", async () => {
    const { db } = database();
    const [a] = await db.insert(courses).values({ slug: "course-a", title: "A", priceAmount: 100, currency: "usd" }).returning();
    const [b] = await db.insert(courses).values({ slug: "course-b", title: "B", priceAmount: 100, currency: "usd" }).returning();
    const [moduleOfA] = await db.insert(courseModules).values({ courseId: a!.id, position: 0, title: "M" }).returning();
    const error = await pgError(
      db.insert(lessons).values({
        courseId: b!.id,
        moduleId: moduleOfA!.id,
        position: 0,
        slug: "lesson",
        title: "L",
        durationSeconds: 60,
      }),
    );
    expect(error).toMatchObject({ code: "23503", constraint_name: "lessons_module_fk" });
  });

  it("refuses a price of zero and an upper-case currency", async () => {
    const { db } = database();
    expect(await pgError(db.insert(courses).values({ slug: "free", title: "F", priceAmount: 0, currency: "usd" }))).toMatchObject({
      constraint_name: "courses_price_positive",
    });
    expect(await pgError(db.insert(courses).values({ slug: "usd", title: "U", priceAmount: 10, currency: "USD" }))).toMatchObject({
      constraint_name: "courses_currency_shape",
    });
  });
});
