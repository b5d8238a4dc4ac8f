import { describe, expect, it } from "vitest";
import { listHeaders } from "./headers";

describe("newsletter list headers", () => {
  it("offer an https one-click unsubscribe and name the list", () => {
    const headers = listHeaders("https://coach.example/api/newsletter/unsubscribe/abc", "https://coach.example");
    expect(headers).toEqual({
      "List-Unsubscribe": "<https://coach.example/api/newsletter/unsubscribe/abc>",
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "List-Id": "Newsletter <newsletter.coach.example>",
    });
  });
});
