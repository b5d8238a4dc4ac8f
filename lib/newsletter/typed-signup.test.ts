import { describe, expect, it } from "vitest";
import { readTypedSignup, typedSignupCookie } from "./typed-signup";

describe("a refused sign-up's typed values", () => {
  it("come back from the cookie as typed, scoped to the newsletter page and short-lived", () => {
    const cookie = typedSignupCookie({ email: "walker@example", firstName: "Wal", website: "x" }, "https://coach.example");
    expect(cookie).toMatchObject({ path: "/newsletter", httpOnly: true, secure: true, maxAge: 300 });
    expect(readTypedSignup(cookie.value)).toEqual({ email: "walker@example", firstName: "Wal" });
  });

  it("are cut to an address's length, and anything malformed reads as nothing", () => {
    expect(readTypedSignup(typedSignupCookie({ email: "a".repeat(5000) }, "http://localhost").value)).toEqual({ email: "a".repeat(254), firstName: "" });
    expect(readTypedSignup("not json")).toBeNull();
    expect(readTypedSignup(JSON.stringify({ email: 3, firstName: "" }))).toBeNull();
    expect(readTypedSignup(JSON.stringify({ email: "a".repeat(300), firstName: "" }))).toBeNull();
    expect(readTypedSignup(undefined)).toBeNull();
  });
});
