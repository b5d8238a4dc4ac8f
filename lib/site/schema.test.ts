import { describe, expect, it } from "vitest";
import { coachProfileInputSchema } from "./schema";

const valid = {
  name: "Mira Holloway",
  headline: "Movement and somatic coach",
  shortBio: "Short.",
  longBio: "Long.",
  timezone: "Europe/Berlin",
  contactEmail: "Coach@Example.com",
};

function errors(input: Record<string, unknown>) {
  const result = coachProfileInputSchema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("coach profile input", () => {
  it("accepts a valid profile and normalises it", () => {
    const parsed = coachProfileInputSchema.parse(valid);
    expect(parsed.contactEmail).toBe("coach@example.com");
  });

  it("refuses control characters in a name but allows paragraphs in the long bio", () => {
    expect(errors({ ...valid, name: "Mira\u0000" })).toEqual({ name: "Remove the invisible control characters from this text." });
    expect(errors({ ...valid, longBio: "One.\n\nTwo." })).toEqual({});
  });

  it("names every bad field with its own message", () => {
    expect(errors({ ...valid, name: " ", timezone: "Mars/Olympus", contactEmail: "nope" })).toEqual({
      name: "Add your name.",
      timezone: "Pick a timezone from the list.",
      contactEmail: "Enter an email address like you@example.com.",
    });
  });

  it("knows real IANA zones, including ones with DST", () => {
    expect(coachProfileInputSchema.safeParse({ ...valid, timezone: "America/New_York" }).success).toBe(true);
    expect(coachProfileInputSchema.safeParse({ ...valid, timezone: "UTC" }).success).toBe(true);
  });
});
