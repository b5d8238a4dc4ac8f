import { describe, expect, it } from "vitest";
import { decideAccess, roleFor, safeNextPath, sessionStanding, type SessionUser } from "./access";

const member: SessionUser = { id: "1", email: "reader@example.com", name: null, role: "member", proof: "link" };
const admin: SessionUser = { ...member, id: "2", email: "coach@example.com", role: "admin" };
const payingBrowser: SessionUser = { ...member, id: "3", email: "buyer@example.com", proof: "checkout" };

describe("decideAccess", () => {
  it("sends anonymous visitors to sign in for their own pages", () => {
    expect(decideAccess(null, "user")).toBe("sign-in");
    expect(decideAccess(member, "user")).toBe("allow");
    expect(decideAccess(admin, "user")).toBe("allow");
  });

  it("sends a signed-out visitor to sign in for the back office, and hides it from signed-in people who are not admins", () => {
    expect(decideAccess(null, "admin")).toBe("sign-in");
    expect(decideAccess(member, "admin")).toBe("not-found");
    expect(decideAccess(admin, "admin")).toBe("allow");
  });
});

describe("a session the checkout opened (proof before power)", () => {
  it("may learn, but is sent to prove the address for the account", () => {
    expect(decideAccess(payingBrowser, "learner")).toBe("allow");
    expect(decideAccess(payingBrowser, "user")).toBe("prove-address");
    expect(decideAccess(null, "learner")).toBe("sign-in");
  });

  it("never holds the back office, even on an admin's account", () => {
    expect(decideAccess({ ...payingBrowser, role: "admin" }, "admin")).toBe("prove-address");
  });

  it("holds no role, and is no session once someone proves the address", () => {
    expect(sessionStanding({ proof: "checkout", role: "admin", emailVerified: null })).toEqual({ valid: true, role: "member" });
    expect(sessionStanding({ proof: "checkout", role: "member", emailVerified: new Date() })).toEqual({ valid: false, role: "member" });
    expect(sessionStanding({ proof: "link", role: "admin", emailVerified: new Date() })).toEqual({ valid: true, role: "admin" });
  });
});

describe("safeNextPath", () => {
  it("keeps paths on this site", () => {
    expect(safeNextPath("/learn/healing-emotions/welcome")).toBe("/learn/healing-emotions/welcome");
  });
  it("refuses other origins and oddities", () => {
    expect(safeNextPath("https://evil.example/")).toBe("/account");
    expect(safeNextPath("//evil.example/")).toBe("/account");
    expect(safeNextPath("/\\evil.example")).toBe("/account");
    expect(safeNextPath(undefined)).toBe("/account");
  });
});

describe("roleFor", () => {
  it("makes listed addresses admins, case-insensitively", () => {
    expect(roleFor("Coach@Example.com", ["coach@example.com"])).toBe("admin");
    expect(roleFor("reader@example.com", ["coach@example.com"])).toBe("member");
  });
});
