/**
 * A lesson may place a routine, player and all, between its paragraphs with a line of its own:
 *
 *     ::routine[tennis-ball-foot-release]
 *
 * Pure and deliberately small: only a whole line in exactly that shape counts (inside a code
 * fence it stays text), and the slug must look like a slug, so nothing else in the body can be
 * turned into markup. What remains between directives is ordinary markdown.
 */
export type LessonSegment = { kind: "markdown"; text: string } | { kind: "routine"; slug: string };

const DIRECTIVE = /^::routine\[([a-z0-9]+(?:-[a-z0-9]+)*)\]\s*$/;
const FENCE = /^\s*(```|~~~)/;

export function splitRoutineDirectives(body: string): LessonSegment[] {
  const segments: LessonSegment[] = [];
  let text: string[] = [];
  let fenced = false;
  const flush = () => {
    const joined = text.join("\n").trim();
    if (joined) segments.push({ kind: "markdown", text: joined });
    text = [];
  };
  for (const line of body.split(/\r?\n/)) {
    if (FENCE.test(line)) fenced = !fenced;
    const match = fenced ? null : DIRECTIVE.exec(line.trim());
    if (match) {
      flush();
      segments.push({ kind: "routine", slug: match[1]! });
    } else {
      text.push(line);
    }
  }
  flush();
  return segments;
}

/** The slugs a body embeds, once each, in order (to load them in one go). */
export function embeddedRoutineSlugs(body: string): string[] {
  return [...new Set(splitRoutineDirectives(body).flatMap((segment) => (segment.kind === "routine" ? [segment.slug] : [])))];
}
