import { sql } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { BODY_AREAS, DIFFICULTIES, EQUIPMENT, PUBLICATION_STATUSES, SIDES } from "./taxonomy";
import { textArrayLiteral, timestamps } from "./columns";

export const publicationStatus = pgEnum("publication_status", PUBLICATION_STATUSES);
export const routineDifficulty = pgEnum("routine_difficulty", DIFFICULTIES);
export const stepSide = pgEnum("step_side", SIDES);

export const routines = pgTable(
  "routines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull(),
    bodyAreas: text("body_areas").array().notNull().default(sql`'{}'::text[]`),
    equipment: text("equipment").array().notNull().default(sql`'{}'::text[]`),
    difficulty: routineDifficulty("difficulty").notNull().default("gentle"),
    /** Markdown. */
    whyItWorks: text("why_it_works").notNull().default(""),
    /** Markdown. */
    cautions: text("cautions").notNull().default(""),
    status: publicationStatus("status").notNull().default("draft"),
    /** Key of an optional cover picture in the upload storage (lib/platform/storage). */
    imageKey: text("image_key"),
    /** What the cover shows; the editor requires it with a picture (older rows may lack it). */
    imageAlt: text("image_alt"),
    publishedAt: timestamp("published_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (table) => [
    unique("routines_slug_unique").on(table.slug),
    check("routines_slug_shape", sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("routines_title_present", sql`length(trim(${table.title})) > 0`),
    check("routines_body_areas_known", sql.raw(`body_areas <@ ${textArrayLiteral(BODY_AREAS)}`)),
    check("routines_equipment_known", sql.raw(`equipment <@ ${textArrayLiteral(EQUIPMENT)}`)),
    check(
      "routines_published_has_date",
      sql`${table.status} <> 'published' OR ${table.publishedAt} IS NOT NULL`,
    ),
    index("routines_status_published_at_idx").on(table.status, table.publishedAt),
  ],
);

/** One instruction in a routine; either timed (seconds) or counted (repetitions), never both. */
export const routineSteps = pgTable(
  "routine_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    routineId: uuid("routine_id")
      .notNull()
      .references(() => routines.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    instruction: text("instruction").notNull(),
    durationSeconds: integer("duration_seconds"),
    repetitions: integer("repetitions"),
    side: stepSide("side").notNull().default("both"),
    /** A shorter line for the player's voice; the instruction is spoken when there is none. */
    spokenCue: text("spoken_cue"),
    /** An optional picture or short looping video (MP4/WebM) of the step, in the upload storage. */
    mediaKey: text("media_key"),
    mediaAlt: text("media_alt"),
  },
  (table) => [
    unique("routine_steps_position_unique").on(table.routineId, table.position),
    check("routine_steps_position_positive", sql`${table.position} >= 0`),
    check("routine_steps_instruction_present", sql`length(trim(${table.instruction})) > 0`),
    check(
      "routine_steps_seconds_or_reps",
      sql`(${table.durationSeconds} IS NULL) <> (${table.repetitions} IS NULL)`,
    ),
    check("routine_steps_seconds_range", sql`${table.durationSeconds} IS NULL OR ${table.durationSeconds} BETWEEN 1 AND 3600`),
    check("routine_steps_media_described", sql`${table.mediaKey} IS NULL OR length(trim(${table.mediaAlt})) > 0`),
    check("routine_steps_spoken_cue_length", sql`${table.spokenCue} IS NULL OR length(${table.spokenCue}) BETWEEN 1 AND 200`),
    check("routine_steps_reps_range", sql`${table.repetitions} IS NULL OR ${table.repetitions} BETWEEN 1 AND 500`),
  ],
);

export type Routine = typeof routines.$inferSelect;
export type RoutineStep = typeof routineSteps.$inferSelect;
