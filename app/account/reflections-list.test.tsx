import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ReflectionsList } from "./reflections-list";

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 12));
const reflection = (lessonSlug: string, prompt: string, day: number) => ({
  courseTitle: "Healing (e)Motions",
  courseSlug: "healing-emotions",
  lessonTitle: `Lesson ${lessonSlug}`,
  lessonSlug,
  prompt,
  answer: `Answer to ${prompt}`,
  updatedAt: at(day),
});

describe("the account's reflections", () => {
  it("lists the lesson written in most recently first, each with its date", () => {
    // As the database returns them: in course order, oldest lesson first.
    const html = renderToStaticMarkup(
      <ReflectionsList reflections={[reflection("one", "First prompt", 2), reflection("two", "Second prompt", 20), reflection("one", "Another prompt", 5)]} />,
    );
    expect(html.indexOf("Lesson two")).toBeLessThan(html.indexOf("Lesson one"));
    expect(html.indexOf("Another prompt")).toBeLessThan(html.indexOf("First prompt"));
    expect(html).toContain('<time dateTime="2026-11-20T12:00:00.000Z">20 November 2026</time>');
  });
});
