import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, integer, jsonb, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns";
import { publicationStatus } from "./routines";

export interface CourseFaq {
  question: string;
  answer: string;
}

export interface ReflectionPrompt {
  id: string;
  text: string;
}

export interface LessonDownload {
  label: string;
  url: string;
}

export const courses = pgTable(
  "courses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    subtitle: text("subtitle").notNull().default(""),
    /** Markdown. */
    description: text("description").notNull().default(""),
    /** Markdown: who the course is for, and who it is not for (the safety note sits beside it). */
    audience: text("audience").notNull().default(""),
    notFor: text("not_for").notNull().default(""),
    faq: jsonb("faq").$type<CourseFaq[]>().notNull().default([]),
    /** Minor units (cents), as Stripe expects. */
    priceAmount: integer("price_amount").notNull(),
    /** ISO 4217, lower case, as Stripe expects. */
    currency: text("currency").notNull(),
    status: publicationStatus("status").notNull().default("draft"),
    /** Payment plan beside the full price: this many monthly payments… */
    instalmentCount: integer("instalment_count"),
    /** …of this much each (minor units). Both set or both empty. */
    instalmentAmount: integer("instalment_amount"),
    ...timestamps,
  },
  (table) => [
    check("courses_instalments_complete", sql`(${table.instalmentCount} IS NULL) = (${table.instalmentAmount} IS NULL)`),
    check("courses_instalments_range", sql`${table.instalmentCount} IS NULL OR (${table.instalmentCount} BETWEEN 2 AND 12 AND ${table.instalmentAmount} > 0)`),
    unique("courses_slug_unique").on(table.slug),
    check("courses_slug_shape", sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("courses_price_positive", sql`${table.priceAmount} > 0`),
    check("courses_currency_shape", sql`${table.currency} ~ '^[a-z]{3}$'`),
  ],
);

export const courseModules = pgTable(
  "course_modules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id")
      .notNull()
      .references(() => courses.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    /** Drip: the part opens this many days after a learner's access began… */
    opensAfterDays: integer("opens_after_days"),
    /** …or on this moment (midnight of the chosen day in the coach's zone); never both. */
    opensAt: timestamp("opens_at", { withTimezone: true, mode: "date" }),
    ...timestamps,
  },
  (table) => [
    check("course_modules_drip_one_way", sql`${table.opensAfterDays} IS NULL OR ${table.opensAt} IS NULL`),
    check("course_modules_drip_days_range", sql`${table.opensAfterDays} IS NULL OR ${table.opensAfterDays} BETWEEN 1 AND 365`),
    unique("course_modules_position_unique").on(table.courseId, table.position),
    // Target of the lessons' composite key, so a lesson's course always matches its module's.
    unique("course_modules_id_course_unique").on(table.id, table.courseId),
  ],
);

export const lessons = pgTable(
  "lessons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    courseId: uuid("course_id").notNull(),
    moduleId: uuid("module_id").notNull(),
    position: integer("position").notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    /** Markdown. */
    body: text("body").notNull().default(""),
    videoUrl: text("video_url"),
    /** WebVTT captions for an MP4 video. */
    captionsUrl: text("captions_url"),
    /** Worksheets and audio the learner can download: [{ label, url }]. */
    downloads: jsonb("downloads").$type<LessonDownload[]>().notNull().default([]),
    status: publicationStatus("status").notNull().default("published"),
    durationSeconds: integer("duration_seconds").notNull(),
    isPreview: boolean("is_preview").notNull().default(false),
    /** Questions the learner may answer privately under the lesson; ids keep answers attached when the coach edits the wording. */
    reflectionPrompts: jsonb("reflection_prompts").$type<ReflectionPrompt[]>().notNull().default([]),
    /** When set, "Complete and continue" waits until every prompt has an answer. */
    reflectionRequired: boolean("reflection_required").notNull().default(false),
    ...timestamps,
  },
  (table) => [
    foreignKey({
      name: "lessons_module_fk",
      columns: [table.moduleId, table.courseId],
      foreignColumns: [courseModules.id, courseModules.courseId],
    }).onDelete("cascade"),
    // Lesson URLs are /learn/[course]/[lesson], so a slug is unique within its course.
    unique("lessons_slug_unique").on(table.courseId, table.slug),
    unique("lessons_position_unique").on(table.moduleId, table.position),
    check("lessons_slug_shape", sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("lessons_duration_positive", sql`${table.durationSeconds} > 0`),
    check("lessons_video_https", sql`${table.videoUrl} IS NULL OR ${table.videoUrl} ~ '^https://'`),
    check("lessons_captions_https", sql`${table.captionsUrl} IS NULL OR ${table.captionsUrl} ~ '^(https://|/)'`),
  ],
);

export type Course = typeof courses.$inferSelect;
export type CourseModule = typeof courseModules.$inferSelect;
export type Lesson = typeof lessons.$inferSelect;
