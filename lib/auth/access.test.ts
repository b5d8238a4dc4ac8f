import { describe, expect, it } from "vitest";
import { decideAccess, roleFor, safeNextPath, type SessionUser } from "./access";

const member: SessionUser = { id: "1", email: "reader@example.com", name: null, role: "member" };
const admin: SessionUser = { ...member, id: "2", email: "coach@example.com", role: "admin" };

describe("decideAccess", () => {
  it("sends anonymous visitors to sign in for their own pages", () => {
    expect(decideAccess(null, "user")).toBe("sign-in");
    expect(decideAccess(member, "user")).toBe("allow");
    expect(decideAccess(admin, "user")).toBe("allow");
  });

  it("hides admin pages from everyone but admins", () => {
    expect(decideAccess(null, "admin")).toBe("not-found");
    expect(decideAccess(member, "admin")).toBe("not-found");
    expect(decideAccess(admin, "admin")).toBe("allow");
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
