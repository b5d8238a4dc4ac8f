import type { Database } from "@/db/connect";
import { courseInputSchema } from "@/lib/course/schema";
import { routineInputSchema } from "@/lib/routines/schema";
import { bookingSeed } from "./content/booking";
import { coachSeed } from "./content/coach";
import { courseSeed } from "./content/course";
import { routineSeeds } from "./content/routines";
import { writeDemoContent, type SeedResult } from "./queries";

/**
 * Demo content from the coach's own material. Idempotent: every insert is keyed on a natural key
 * (the single profile row, slugs) and skips what exists, so a second run changes nothing and never
 * overwrites the coach's edits. One transaction: a failure leaves the database as it was.
 */
export async function seedDatabase(db: Database, now: Date = new Date()): Promise<SeedResult> {
  // Validate with the same rules the coach's editor uses, so seed data can never be invalid.
  const routineInputs = routineSeeds.map((routine) => routineInputSchema.parse(routine));
  const course = courseInputSchema.parse(courseSeed);

  return db.transaction((tx) => writeDemoContent(tx, { coach: coachSeed, routines: routineInputs, course, booking: bookingSeed }, now));
}

export { needsSeed, type SeedResult } from "./queries";
