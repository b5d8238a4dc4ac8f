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

/** The line that places a routine, as the editor's picker writes it. */
export function routineDirective(slug: string): string {
  return `::routine[${slug}]`;
}

/**
 * Puts `line` into `text` at `at`, on a line of its own with a blank line either side (a directive
 * only counts as a whole line); returns the text and where the cursor goes, just after it.
 */
export function placeOnOwnLine(text: string, line: string, at: number): { text: string; cursor: number } {
  const position = Math.max(0, Math.min(at, text.length));
  const before = text.slice(0, position);
  const after = text.slice(position);
  const lead = before === "" || before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const trail = after === "" ? "\n" : after.startsWith("\n\n") ? "" : after.startsWith("\n") ? "\n" : "\n\n";
  const inserted = `${lead}${line}${trail}`;
  return { text: `${before}${inserted}${after}`, cursor: before.length + inserted.length };
}
