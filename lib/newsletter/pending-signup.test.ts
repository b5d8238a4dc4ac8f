import { describe, expect, it } from "vitest";
import { pendingSignupCookie, readPendingSignup } from "./pending-signup";

describe("the pending sign-up cookie", () => {
  it("round-trips an address and where it signed up, only to the thanks page, for an hour", () => {
    const cookie = pendingSignupCookie({ email: "ana@example.com", source: "/routines/neck" }, "https://coach.example");
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, path: "/newsletter/thanks", maxAge: 3600 });
    expect(readPendingSignup(cookie.value)).toEqual({ email: "ana@example.com", source: "/routines/neck" });
  });

  it("reads anything malformed or hostile as nothing", () => {
    for (const value of [undefined, "", "{", "null", "[]", '{"email":"not an address"}', '{"email":"<script>@x"}'.replace("<script>", "a b")]) {
      expect(readPendingSignup(value)).toBeNull();
    }
    expect(readPendingSignup('{"email":"a@b.c","source":"https://evil.example"}')).toEqual({ email: "a@b.c", source: null });
  });
});
