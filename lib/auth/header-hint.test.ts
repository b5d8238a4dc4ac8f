import { describe, expect, it } from "vitest";
import { HEADER_HINT_SCRIPT, headerHintCookie, headerHintFor, isHeaderHint } from "./header-hint";

describe("header hint", () => {
  it("names what the header shows for each kind of visitor", () => {
    expect(headerHintFor({ kind: "visitor" })).toBeNull();
    expect(headerHintFor({ kind: "coach" })).toBe("coach");
    expect(headerHintFor({ kind: "member", course: { href: "/learn/x" } })).toBe("learner");
    expect(headerHintFor({ kind: "member", course: null })).toBe("member");
  });

  it("accepts only its own values", () => {
    expect(isHeaderHint("coach")).toBe(true);
    expect(isHeaderHint("admin")).toBe(false);
    expect(isHeaderHint('"><script>')).toBe(false);
  });

  it("is readable by the page, Secure on https, and cleared for a visitor", () => {
    expect(headerHintCookie("member", "https://coach.example")).toMatchObject({ httpOnly: false, secure: true, value: "member" });
    expect(headerHintCookie(null, "http://localhost:3000")).toMatchObject({ secure: false, value: "", maxAge: 0 });
  });

  it("copies only a known hint onto <html>", () => {
    const run = (cookie: string) => {
      const dataset: Record<string, string> = {};
      new Function("document", HEADER_HINT_SCRIPT)({ cookie, documentElement: { dataset } });
      return dataset.who;
    };
    expect(run("a=1; sp_who=learner; b=2")).toBe("learner");
    expect(run("sp_who=coach")).toBe("coach");
    expect(run("sp_who=admin")).toBeUndefined();
    expect(run("xsp_who=coach")).toBeUndefined();
    expect(run("")).toBeUndefined();
  });
});
