import { describe, expect, it } from "vitest";
import { describeConnectionError } from "./database";

describe("describeConnectionError", () => {
  it("explains the failures people actually hit", () => {
    expect(describeConnectionError(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toMatch(/refused/);
    expect(describeConnectionError(Object.assign(new Error("x"), { code: "ENOTFOUND" }))).toMatch(/does not resolve/);
    expect(describeConnectionError(Object.assign(new Error("x"), { code: "28P01" }))).toMatch(/password/);
    expect(describeConnectionError(Object.assign(new Error("x"), { code: "3D000" }))).toMatch(/does not exist/);
  });

  it("keeps only the first line of anything else", () => {
    expect(describeConnectionError(new Error("first line\nstack-ish detail"))).toBe("first line");
  });
});
