import { describe, expect, it } from "vitest";
import { renderEmail } from "./render";
import { extractLinks } from "./links";

describe("extractLinks", () => {
  it("finds each link once, with entities decoded", () => {
    const html = '<a href="https://a.example/x?one=1&amp;two=2">A</a> <a href="https://a.example/x?one=1&amp;two=2">again</a> <a href="mailto:x@example.com">m</a>';
    expect(extractLinks(html)).toEqual(["https://a.example/x?one=1&two=2"]);
  });

  it("recovers the exact magic link from the rendered email", async () => {
    const url = "http://127.0.0.1:3100/api/auth/callback/email?callbackUrl=%2Faccount&token=abc123&email=reader%40example.com";
    const { html, text, subject } = await renderEmail("magic-link", { coachName: "Mira Holloway", url, expiresInMinutes: 60 });
    expect(extractLinks(html)).toEqual([url]);
    expect(text).toContain(url);
    expect(text).toContain("expires in 60 minutes");
    expect(subject).toBe("Your sign-in link for Mira Holloway");
  });
});
