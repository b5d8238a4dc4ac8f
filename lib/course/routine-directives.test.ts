import { describe, expect, it } from "vitest";
import { embeddedRoutineSlugs, splitRoutineDirectives } from "./routine-directives";

describe("routines placed in a lesson", () => {
  it("splits the body around each directive line", () => {
    expect(splitRoutineDirectives("## Warm up\n\nStart here:\n\n::routine[tennis-ball-foot-release]\n\nThen stand.")).toEqual([
      { kind: "markdown", text: "## Warm up\n\nStart here:" },
      { kind: "routine", slug: "tennis-ball-foot-release" },
      { kind: "markdown", text: "Then stand." },
    ]);
  });

  it("leaves look-alikes, bad slugs and fenced examples as text", () => {
    const body = [
      "Inline ::routine[neck] is text.",
      "::routine[Bad Slug]",
      "::routine[../etc/passwd]",
      "::routine[neck]<script>",
      "```",
      "::routine[neck-release]",
      "```",
    ].join("\n");
    expect(splitRoutineDirectives(body)).toEqual([{ kind: "markdown", text: body }]);
  });

  it("lists each embedded routine once", () => {
    expect(embeddedRoutineSlugs("::routine[a-b]\n\ntext\n\n::routine[c]\n\n::routine[a-b]")).toEqual(["a-b", "c"]);
    expect(embeddedRoutineSlugs("")).toEqual([]);
  });
});
