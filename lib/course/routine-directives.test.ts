import { describe, expect, it } from "vitest";
import { embeddedRoutineSlugs, placeOnOwnLine, routineDirective, splitRoutineDirectives } from "./routine-directives";

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

describe("placing a routine from the editor's picker", () => {
  it("puts the directive on a line of its own wherever the cursor is, and the body then embeds it", () => {
    const line = routineDirective("slow-neck-release");
    expect(placeOnOwnLine("", line, 0)).toEqual({ text: `${line}\n`, cursor: line.length + 1 });
    expect(placeOnOwnLine("First.", line, 6).text).toBe(`First.\n\n${line}\n`);
    expect(placeOnOwnLine("First.\n\nSecond.", line, 8).text).toBe(`First.\n\n${line}\n\nSecond.`);
    // Mid-sentence: the sentence is split rather than the directive glued into it.
    const mid = placeOnOwnLine("Roll slowly now.", line, 5);
    expect(mid.text).toBe(`Roll \n\n${line}\n\nslowly now.`);
    expect(embeddedRoutineSlugs(mid.text)).toEqual(["slow-neck-release"]);
    expect(placeOnOwnLine("abc", line, 99).text).toBe(`abc\n\n${line}\n`);
  });
});
