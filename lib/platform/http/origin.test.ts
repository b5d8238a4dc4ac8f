import { describe, expect, it } from "vitest";
import { isForeignOrigin } from "./origin";

describe("isForeignOrigin", () => {
  const app = "https://coach.example";
  it.each([
    [null, false],
    ["https://coach.example", false],
    ["https://evil.example", true],
    ["http://coach.example", true],
    ["https://coach.example.evil.example", true],
    ["null", true],
  ])("%s → %s", (origin, foreign) => {
    expect(isForeignOrigin(origin, app)).toBe(foreign);
  });

  it("lets listed sites through", () => {
    expect(isForeignOrigin("https://blog.example", app, ["https://blog.example"])).toBe(false);
  });
});
