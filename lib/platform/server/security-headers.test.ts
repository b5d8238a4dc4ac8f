import { afterEach, describe, expect, it, vi } from "vitest";

/** The module reads the environment once, at load, as the server hooks do before Next.js starts. */
async function headersWith(env: { NODE_ENV?: string; APP_URL?: string }) {
  vi.resetModules();
  vi.stubEnv("NODE_ENV", env.NODE_ENV ?? "production");
  vi.stubEnv("APP_URL", env.APP_URL);
  const { SECURITY_HEADERS } = await import("./security-headers.mjs");
  return new Map(SECURITY_HEADERS.map(([name, value]) => [name, value]));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("security headers", () => {
  it("asks browsers for https only (HSTS) when the site's public address is https", async () => {
    const headers = await headersWith({ APP_URL: "https://coach.example" });
    expect(headers.get("Strict-Transport-Security")).toMatch(/^max-age=\d{8}; includeSubDomains$/);
  });

  it("sends no HSTS for a site served over plain http, or with APP_URL unset (its default is http)", async () => {
    for (const APP_URL of ["http://coach.example", "http://127.0.0.1:3100", undefined]) {
      const headers = await headersWith({ APP_URL });
      expect(headers.has("Strict-Transport-Security"), String(APP_URL)).toBe(false);
      // The rest of the policy does not depend on the scheme.
      expect(headers.get("Content-Security-Policy"), String(APP_URL)).toContain("frame-ancestors 'none'");
      expect(headers.get("X-Content-Type-Options"), String(APP_URL)).toBe("nosniff");
    }
  });

  it("sends no HSTS in development, where https://localhost would be pinned for every other project", async () => {
    const headers = await headersWith({ NODE_ENV: "development", APP_URL: "https://localhost:3000" });
    expect(headers.has("Strict-Transport-Security")).toBe(false);
    expect(headers.get("Content-Security-Policy")).toContain("'unsafe-eval'");
  });
});
