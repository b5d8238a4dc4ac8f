import { describe, expect, it } from "vitest";
import { ERASURE_LINK_MINUTES, erasureToken, verifyErasureToken } from "./erasure-token";

const secret = "a-secret-long-enough-for-hmac-use";
const now = new Date("2026-12-02T10:00:00Z");

describe("erasure links", () => {
  it("carry the address and work until they expire", () => {
    const token = erasureToken("Reader@Example.com", now, secret);
    expect(verifyErasureToken(token, now, secret)).toEqual({ ok: true, email: "reader@example.com" });
    const later = new Date(now.getTime() + ERASURE_LINK_MINUTES * 60_000);
    expect(verifyErasureToken(token, later, secret)).toEqual({ ok: false, reason: "expired" });
  });

  it("refuse a changed address, a changed expiry, another secret and junk", () => {
    const token = erasureToken("reader@example.com", now, secret);
    const [, expiry, signature] = token.split(".");
    const other = Buffer.from("coach@example.com").toString("base64url");
    expect(verifyErasureToken(`${other}.${expiry}.${signature}`, now, secret)).toEqual({ ok: false, reason: "invalid" });
    const [address] = token.split(".");
    expect(verifyErasureToken(`${address}.${Number(expiry) + 1}.${signature}`, now, secret)).toEqual({ ok: false, reason: "invalid" });
    expect(verifyErasureToken(token, now, `${secret}-other`)).toEqual({ ok: false, reason: "invalid" });
    for (const junk of ["", "a.b", "a.b.c.d", `${address}.soon.${signature}`]) expect(verifyErasureToken(junk, now, secret).ok).toBe(false);
  });
});
