import { and, asc, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/connect";
import { courseModules, courses, lessons, reflections } from "@/db/schema";
import { isBlankAnswer } from "./reflection-rules";

export async function lessonReflectionSetup(db: Executor, lessonId: string) {
  const [row] = await db.select({ prompts: lessons.reflectionPrompts, required: lessons.reflectionRequired }).from(lessons).where(eq(lessons.id, lessonId)).limit(1);
  return row ?? { prompts: [], required: false };
}

/** One learner's answers on one lesson, by prompt id. */
export async function answersFor(db: Executor, userId: string, lessonId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ promptId: reflections.promptId, answer: reflections.answer })
    .from(reflections)
    .where(and(eq(reflections.userId, userId), eq(reflections.lessonId, lessonId)));
  return new Map(rows.map((row) => [row.promptId, row.answer]));
}

/** Saves an answer (a blank one removes it); the last write wins, which is the learner's latest text. */
export async function writeReflection(db: Executor, values: { userId: string; lessonId: string; promptId: string; prompt: string; answer: string; now: Date }) {
  if (isBlankAnswer(values.answer)) {
    await db.delete(reflections).where(and(eq(reflections.userId, values.userId), eq(reflections.lessonId, values.lessonId), eq(reflections.promptId, values.promptId)));
    return;
  }
  await db
    .insert(reflections)
    .values({ userId: values.userId, lessonId: values.lessonId, promptId: values.promptId, prompt: values.prompt, answer: values.answer, updatedAt: values.now })
    .onConflictDoUpdate({
      target: [reflections.userId, reflections.lessonId, reflections.promptId],
      set: { answer: values.answer, prompt: values.prompt, updatedAt: values.now },
    });
}

/** Everything one learner has written, newest course first, lessons in course order: their account page and their own export. */
export async function reflectionsOfUser(db: Executor, userId: string) {
  return db
    .select({
      courseTitle: courses.title,
      courseSlug: courses.slug,
      lessonTitle: lessons.title,
      lessonSlug: lessons.slug,
      prompt: reflections.prompt,
      answer: reflections.answer,
      updatedAt: reflections.updatedAt,
    })
    .from(reflections)
    .innerJoin(lessons, eq(lessons.id, reflections.lessonId))
    .innerJoin(courseModules, eq(courseModules.id, lessons.moduleId))
    .innerJoin(courses, eq(courses.id, lessons.courseId))
    .where(eq(reflections.userId, userId))
    .orderBy(desc(courses.createdAt), asc(courseModules.position), asc(lessons.position), asc(reflections.prompt));
}
