export interface CheckInRow {
  routineSlug: string;
  routineTitle: string;
  before: number | null;
  after: number | null;
  completedAt: Date;
}

export interface RoutineCheckInSummary {
  slug: string;
  title: string;
  /** Oldest first, at most `limit`. */
  sessions: { before: number | null; after: number | null; completedAt: Date }[];
  /** Average of (before − after) over sessions that have both; positive means calmer after. */
  averageEase: number | null;
}

/** Groups a person's check-ins by routine, most recently practised first. */
export function summariseCheckIns(rows: readonly CheckInRow[], limit = 10): RoutineCheckInSummary[] {
  const byRoutine = new Map<string, { title: string; sessions: RoutineCheckInSummary["sessions"]; last: number }>();
  for (const row of rows) {
    const entry = byRoutine.get(row.routineSlug) ?? { title: row.routineTitle, sessions: [], last: 0 };
    entry.sessions.push({ before: row.before, after: row.after, completedAt: row.completedAt });
    entry.last = Math.max(entry.last, row.completedAt.getTime());
    byRoutine.set(row.routineSlug, entry);
  }
  return [...byRoutine.entries()]
    .sort((a, b) => b[1].last - a[1].last)
    .map(([slug, entry]) => {
      const sessions = [...entry.sessions].sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime()).slice(-limit);
      const pairs = sessions.filter((session) => session.before !== null && session.after !== null);
      const averageEase = pairs.length ? pairs.reduce((sum, session) => sum + (session.before! - session.after!), 0) / pairs.length : null;
      return { slug, title: entry.title, sessions, averageEase };
    });
}
