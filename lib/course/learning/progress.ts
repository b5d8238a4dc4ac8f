export interface OutlineLesson {
  id: string;
  slug: string;
  title: string;
  durationSeconds: number;
  isPreview: boolean;
}

export interface OutlineModule {
  id: string;
  title: string;
  summary: string;
  /** Drip (lib/course/drip/rules.ts). */
  opensAfterDays: number | null;
  opensAt: Date | null;
  lessons: OutlineLesson[];
}

export interface CourseProgress {
  done: number;
  total: number;
  percent: number;
  modules: { id: string; done: number; total: number }[];
}

export function computeProgress(modules: OutlineModule[], completed: ReadonlySet<string>): CourseProgress {
  const perModule = modules.map((module) => ({
    id: module.id,
    done: module.lessons.filter((lesson) => completed.has(lesson.id)).length,
    total: module.lessons.length,
  }));
  const done = perModule.reduce((sum, module) => sum + module.done, 0);
  const total = perModule.reduce((sum, module) => sum + module.total, 0);
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100), modules: perModule };
}

export function flattenLessons(modules: OutlineModule[]): OutlineLesson[] {
  return modules.flatMap((module) => module.lessons);
}

export function neighbours(modules: OutlineModule[], lessonSlug: string) {
  const all = flattenLessons(modules);
  const index = all.findIndex((lesson) => lesson.slug === lessonSlug);
  return { previous: index > 0 ? all[index - 1]! : null, next: index >= 0 && index < all.length - 1 ? all[index + 1]! : null };
}

/**
 * "Continue where you left off": the lesson last opened if it is unfinished, else the first
 * unfinished lesson after it, else the first unfinished one at all, else the last lesson.
 */
export function continueLesson(modules: OutlineModule[], completed: ReadonlySet<string>, lastLessonId: string | null): OutlineLesson | null {
  const all = flattenLessons(modules);
  if (all.length === 0) return null;
  const lastIndex = lastLessonId ? all.findIndex((lesson) => lesson.id === lastLessonId) : -1;
  if (lastIndex >= 0 && !completed.has(all[lastIndex]!.id)) return all[lastIndex]!;
  const after = all.slice(lastIndex + 1).find((lesson) => !completed.has(lesson.id));
  return after ?? all.find((lesson) => !completed.has(lesson.id)) ?? all[all.length - 1]!;
}
