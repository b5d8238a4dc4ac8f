import { describe, expect, it } from "vitest";
import { lockedUntil, partOpensAt } from "./rules";

const granted = new Date("2027-01-05T10:30:00Z");
const day = 86_400_000;

describe("drip", () => {
  it("opens a part N days after access began, to the minute", () => {
    expect(partOpensAt({ opensAfterDays: 7, opensAt: null }, granted)).toEqual(new Date(granted.getTime() + 7 * day));
    expect(lockedUntil({ opensAfterDays: 7, opensAt: null }, { grantedAt: granted }, new Date(granted.getTime() + 7 * day - 1))).toEqual(
      new Date(granted.getTime() + 7 * day),
    );
    expect(lockedUntil({ opensAfterDays: 7, opensAt: null }, { grantedAt: granted }, new Date(granted.getTime() + 7 * day))).toBeNull();
  });

  it("opens a part on a date, whenever the learner joined", () => {
    const opensAt = new Date("2027-01-11T23:00:00Z");
    expect(lockedUntil({ opensAfterDays: null, opensAt }, { grantedAt: granted }, new Date("2027-01-11T22:59:59Z"))).toEqual(opensAt);
    expect(lockedUntil({ opensAfterDays: null, opensAt }, { grantedAt: new Date("2027-03-01T00:00:00Z") }, new Date("2027-03-01T00:00:00Z"))).toBeNull();
  });

  it("holds nothing back without a rule, from the coach, or before anyone has access", () => {
    expect(partOpensAt({ opensAfterDays: null, opensAt: null }, granted)).toBeNull();
    expect(lockedUntil({ opensAfterDays: 30, opensAt: null }, { grantedAt: granted }, granted, { isAdmin: true })).toBeNull();
    expect(lockedUntil({ opensAfterDays: 30, opensAt: null }, null, granted)).toBeNull();
  });
});
