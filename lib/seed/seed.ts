import type { Database } from "@/db/connect";
import { courseInputSchema } from "@/lib/course/schema";
import { routineInputSchema } from "@/lib/routines/schema";
import { bookingSeed } from "./content/booking";
import { coachSeed } from "./content/coach";
import { courseSeed } from "./content/course";
import { routineCovers, routineSeeds } from "./content/routines";
import { SEED_PICTURES } from "./content/illustrations";
import { postgresStorage } from "@/lib/platform/storage/postgres-storage";
import type { FileStorage } from "@/lib/platform/storage/storage";
import { isSeedPictureInUse, writeDemoContent, type SeedResult } from "./queries";

/**
 * Demo content from the coach's own material. Idempotent: every insert is keyed on a natural key
 * (the single profile row, slugs) and skips what exists, so a second run changes nothing and never
 * overwrites the coach's edits. One transaction: a failure leaves the database as it was.
 */
export async function seedDatabase(db: Database, now: Date = new Date(), files: FileStorage = postgresStorage(db)): Promise<SeedResult> {
  // Validate with the same rules the coach's editor uses, so seed data can never be invalid.
  const routineInputs = routineSeeds.map((routine) => routineInputSchema.parse(routine));
  const course = courseInputSchema.parse(courseSeed);

  // The drawings are stored first, so no row ever points at a missing picture; those nothing
  // shows after the seed (the coach replaced them, or nothing new was written) go again.
  for (const picture of SEED_PICTURES) await files.put(picture.key, new TextEncoder().encode(picture.svg), "image/svg+xml");
  try {
    return await db.transaction((tx) =>
      writeDemoContent(tx, { coach: coachSeed, routines: routineInputs, covers: routineCovers, course, booking: bookingSeed }, now),
    );
  } finally {
    for (const picture of SEED_PICTURES) if (!(await isSeedPictureInUse(db, picture.key))) await files.remove(picture.key);
  }
}

export { needsSeed, type SeedResult } from "./queries";
