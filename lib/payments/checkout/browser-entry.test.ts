import { describe, expect, it } from "vitest";
import { BROWSER_ENTRY_MS, browserEntry } from "./browser-entry";

const started = new Date("2026-12-02T10:00:00Z");
const now = new Date("2026-12-02T10:05:00Z");
const order = { status: "paid", createdAt: started, browserBindingHash: "hash-of-cookie", browserBindingUsedAt: null };
const fresh = { role: "member", emailVerified: null, createdAt: new Date("2026-12-02T10:04:00Z") };

describe("signing the paying browser in", () => {
  it("lets in the browser that started the checkout, once paid, into the account the checkout made", () => {
    expect(browserEntry({ order, account: fresh, bindingHash: "hash-of-cookie", now })).toEqual({ ok: true });
  });

  it("refuses another browser, a second use, a late return and an unpaid order", () => {
    expect(browserEntry({ order, account: fresh, bindingHash: "other", now })).toEqual({ ok: false, reason: "not-this-browser" });
    expect(browserEntry({ order, account: fresh, bindingHash: null, now })).toEqual({ ok: false, reason: "not-this-browser" });
    expect(browserEntry({ order: { ...order, browserBindingUsedAt: now }, account: fresh, bindingHash: "hash-of-cookie", now })).toEqual({ ok: false, reason: "used" });
    expect(browserEntry({ order, account: fresh, bindingHash: "hash-of-cookie", now: new Date(started.getTime() + BROWSER_ENTRY_MS) })).toEqual({ ok: false, reason: "expired" });
    expect(browserEntry({ order: { ...order, status: "pending" }, account: fresh, bindingHash: "hash-of-cookie", now })).toEqual({ ok: false, reason: "not-paid" });
  });

  it("never opens an account that existed before, was signed into by link, or runs the back office", () => {
    const refuse = { ok: false, reason: "existing-account" };
    expect(browserEntry({ order, account: { ...fresh, createdAt: new Date("2026-11-01T00:00:00Z") }, bindingHash: "hash-of-cookie", now })).toEqual(refuse);
    expect(browserEntry({ order, account: { ...fresh, emailVerified: now }, bindingHash: "hash-of-cookie", now })).toEqual(refuse);
    expect(browserEntry({ order, account: { ...fresh, role: "admin" }, bindingHash: "hash-of-cookie", now })).toEqual(refuse);
    expect(browserEntry({ order, account: null, bindingHash: "hash-of-cookie", now })).toEqual(refuse);
  });
});
