import { describe, expect, it, vi } from "vitest";
import type { RateLimitResult } from "@/lib/platform/rate-limit/limiter";
import { requestSignInLink, signInRequestSchema } from "./sign-in";

function limiter(refuse: Partial<Record<"signInPerIp" | "signInPerEmail", number>> = {}) {
  return {
    consume: vi.fn(async (name: "signInPerIp" | "signInPerEmail"): Promise<RateLimitResult> =>
      refuse[name] ? { ok: false, retryAfterMs: refuse[name] } : { ok: true, remaining: 3 },
    ),
  };
}

describe("requestSignInLink", () => {
  it("sends the link to a safe next path", async () => {
    const sendLink = vi.fn(async () => {});
    const result = await requestSignInLink({ limiter: limiter(), sendLink }, { email: "a@example.com", next: "//evil.example", ip: "1.2.3.4" });
    expect(result).toEqual({ ok: true });
    expect(sendLink).toHaveBeenCalledWith("a@example.com", "/account");
  });

  it("sends the coach to the back office and everyone else to their account, unless a next path says otherwise", async () => {
    const sendLink = vi.fn(async () => {});
    const deps = { limiter: limiter(), sendLink, adminEmails: ["coach@example.com"] };
    await requestSignInLink(deps, { email: "coach@example.com", ip: "1.2.3.4" });
    await requestSignInLink(deps, { email: "reader@example.com", ip: "1.2.3.4" });
    await requestSignInLink(deps, { email: "coach@example.com", next: "/learn/healing-emotions", ip: "1.2.3.4" });
    expect(sendLink.mock.calls).toEqual([
      ["coach@example.com", "/admin"],
      ["reader@example.com", "/account"],
      ["coach@example.com", "/learn/healing-emotions"],
    ]);
  });

  it("over the address's budget sends nothing and answers exactly as when it sends: strangers cannot lock the owner out", async () => {
    const sendLink = vi.fn(async () => {});
    const result = await requestSignInLink(
      { limiter: limiter({ signInPerEmail: 11 * 60_000 }), sendLink },
      { email: "a@example.com", ip: "1.2.3.4" },
    );
    expect(result).toEqual({ ok: true });
    expect(sendLink).not.toHaveBeenCalled();
  });

  it("refuses per network too", async () => {
    const sendLink = vi.fn(async () => {});
    const result = await requestSignInLink({ limiter: limiter({ signInPerIp: 30_000 }), sendLink }, { email: "a@example.com", ip: "1.2.3.4" });
    expect(result).toEqual({ ok: false, error: expect.stringContaining("from your network") });
    expect(sendLink).not.toHaveBeenCalled();
  });
});

describe("signInRequestSchema", () => {
  it("normalises the address", () => {
    expect(signInRequestSchema.parse({ email: "  Reader@Example.COM " }).email).toBe("reader@example.com");
  });
  it("explains what is wrong", () => {
    const result = signInRequestSchema.safeParse({ email: "reader" });
    expect(result.error?.issues[0]?.message).toBe("Enter an email address like name@example.com.");
  });
});
