import type { RoutineCheckInSummary } from "@/lib/check-ins/summary";

const WIDTH = 280;
const HEIGHT = 96;
const PAD = 12;

/** Before (clay) and after (moss) tension for each session, with the same figures as text; for the person or their coach. */
export function CheckInChart({ summary, reader = "self" }: { summary: RoutineCheckInSummary; reader?: "self" | "coach" }) {
  const { sessions } = summary;
  const x = (index: number) => (sessions.length === 1 ? WIDTH / 2 : PAD + (index * (WIDTH - 2 * PAD)) / (sessions.length - 1));
  const y = (level: number) => PAD + ((10 - level) * (HEIGHT - 2 * PAD)) / 10;
  const line = (key: "before" | "after") =>
    sessions
      .map((session, index) => (session[key] === null ? null : `${x(index)},${y(session[key]!)}`))
      .filter(Boolean)
      .join(" ");
  const last = sessions.at(-1);
  return (
    <figure className="rounded-3xl border border-line bg-surface p-5">
      <figcaption className="font-semibold">{summary.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-3 w-full max-w-sm" aria-hidden="true">
        <line x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} stroke="var(--line)" />
        <line x1={PAD} x2={WIDTH - PAD} y1={y(10)} y2={y(10)} stroke="var(--line)" strokeDasharray="3 4" />
        <polyline points={line("before")} fill="none" stroke="var(--clay)" strokeWidth="2" />
        <polyline points={line("after")} fill="none" stroke="var(--moss)" strokeWidth="2" />
        {sessions.map((session, index) => (
          <g key={index}>
            {session.before !== null ? <circle cx={x(index)} cy={y(session.before)} r="4" fill="var(--clay)" /> : null}
            {session.after !== null ? <rect x={x(index) - 4} y={y(session.after) - 4} width="8" height="8" fill="var(--moss)" /> : null}
          </g>
        ))}
      </svg>
      <p className="mt-2 text-sm text-ink-muted">
        <span className="text-clay">● before</span> · <span className="text-moss-strong">■ after</span> · {sessions.length}{" "}
        {sessions.length === 1 ? "session" : "sessions"}
      </p>
      {last ? (
        <p className="mt-1 text-sm">
          Last time: {last.before ?? "–"} → {last.after ?? "–"}
          {summary.averageEase !== null && summary.averageEase > 0
            ? `. On average ${reader === "self" ? "you feel" : "they feel"} ${summary.averageEase.toFixed(1)} points calmer after.`
            : "."}
        </p>
      ) : null}
    </figure>
  );
}
