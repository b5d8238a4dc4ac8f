import Link from "next/link";
import { format } from "date-fns";

interface Reflection {
  courseTitle: string;
  courseSlug: string;
  lessonTitle: string;
  lessonSlug: string;
  prompt: string;
  answer: string;
  updatedAt: Date;
}

/**
 * What the learner wrote under lessons, by course and lesson, the lesson written in most recently
 * first; private, and in their own data download.
 */
export function ReflectionsList({ reflections }: { reflections: Reflection[] }) {
  if (reflections.length === 0) return null;
  const lessons = new Map<string, Reflection[]>();
  for (const reflection of newestFirst(reflections)) {
    const key = `${reflection.courseSlug}/${reflection.lessonSlug}`;
    lessons.set(key, [...(lessons.get(key) ?? []), reflection]);
  }
  return (
    <section aria-labelledby="reflections-heading" className="mt-10">
      <h2 id="reflections-heading" className="text-2xl">
        Your reflections
      </h2>
      <p className="mt-1 text-sm text-ink-muted">Only you can read these. They are in your data download too.</p>
      <ul className="mt-4 space-y-3">
        {[...lessons.entries()].map(([key, entries]) => (
          <li key={key} className="rounded-2xl border border-line bg-surface p-4">
            <p className="text-sm text-ink-muted">
              {entries[0]!.courseTitle} · <time dateTime={entries[0]!.updatedAt.toISOString()}>{format(entries[0]!.updatedAt, "d MMMM yyyy")}</time>
            </p>
            <Link href={`/learn/${key}`} className="font-semibold text-moss-strong underline underline-offset-4">
              {entries[0]!.lessonTitle}
            </Link>
            <dl className="mt-3 space-y-3">
              {entries.map((entry) => (
                <div key={entry.prompt}>
                  <dt className="text-sm font-semibold">{entry.prompt}</dt>
                  <dd className="mt-1 whitespace-pre-line">{entry.answer}</dd>
                  <dd className="mt-1 text-xs text-ink-muted">Last changed {format(entry.updatedAt, "d MMMM yyyy")}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function newestFirst(reflections: Reflection[]): Reflection[] {
  return [...reflections].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
}
