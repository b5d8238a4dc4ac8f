import { expect, test } from "./fixtures";

test("health reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", db: "up", queue: "up", overdueJobs: 0, eventLoop: { state: expect.stringMatching(/^(ok|slow)$/), p99Ms: expect.any(Number) } });
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
});

test("every HTML response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/routines/tennis-ball-foot-release", "/courses/healing-emotions", "/sign-in"]) {
    const headers = (await request.get(path)).headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toMatch(/script-src 'self'[^;]*;/);
    expect(csp, path).not.toContain("unsafe-eval");
    // The e2e servers' APP_URL is plain http: no HSTS (lib/platform/server/security-headers.test.ts covers https).
    expect(headers["strict-transport-security"], path).toBeUndefined();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }
});

test("state-changing API routes refuse a foreign Origin and change nothing", async ({ request }) => {
  const headers = { origin: "https://evil.example" };
  for (const [path, data] of [
    ["/api/bookings", { start: "2030-01-01T09:00:00Z", name: "X", email: "x@example.com", timezone: "UTC", answers: {}, consent: true }],
    ["/api/check-ins", { checkIns: [] }],
    ["/api/newsletter/subscribe", { email: "forged@example.com" }],
  ] as const) {
    const response = await request.post(path, { data, headers });
    expect(response.status(), path).toBe(403);
  }
  // Stripe and mail providers call these without a browser Origin; they keep working (here: a bad signature, a bad token).
  expect((await request.post("/api/stripe/webhook", { data: "{}", headers })).status()).toBe(400);
  expect((await request.post("/api/newsletter/unsubscribe/nonsense", { form: { "List-Unsubscribe": "One-Click" }, headers })).status()).toBe(404);
});

test("cached public pages let a CDN keep them; personal pages never", async ({ request }) => {
  for (const path of ["/", "/routines", "/routines?utm_source=letter", "/routines/tennis-ball-foot-release", "/courses/healing-emotions"]) {
    await request.get(path); // the first request renders and stores the page
    const cacheControl = (await request.get(path)).headers()["cache-control"] ?? "";
    expect(cacheControl, path).toMatch(/s-maxage=\d+/);
    expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/);
  }
  // A filtered library depends on its query string, so it is rendered for each request.
  for (const path of ["/routines?area=feet", "/account", "/sign-in", "/api/courses/healing-emotions/access"]) {
    const cacheControl = (await request.get(path, { maxRedirects: 0 })).headers()["cache-control"] ?? "";
    expect(cacheControl, path).toMatch(/private|no-store/);
  }
});

test("the per-request pages behind a filtered library or a chosen zone have no address of their own", async ({ request }) => {
  for (const [path, target] of [["/per-request/routines?area=feet", "/routines?area=feet"], ["/per-request/consultation?tz=Asia%2FKolkata", "/consultation?tz=Asia%2FKolkata"]] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(307);
    const location = new URL(response.headers()["location"]!, "http://x");
    expect(location.pathname + location.search, path).toBe(target);
  }
});
