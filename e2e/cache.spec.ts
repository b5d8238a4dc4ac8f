import { expect, test } from "./fixtures";

const PUBLIC_PAGES = ["/", "/routines", "/routines?area=feet&time=5", "/routines/tennis-ball-foot-release", "/routines/slow-neck-release", "/courses/healing-emotions"];

// Runs in its own Playwright project after every other spec, so no other test queries meanwhile.
test("warm public pages make no database query", async ({ request }) => {
  const count = async () => ((await (await request.get("/api/dev/query-count")).json()) as { queries: number }).queries;
  for (const path of PUBLIC_PAGES) expect((await request.get(path)).status(), path).toBe(200);

  const before = await count();
  for (const path of PUBLIC_PAGES) {
    for (let round = 0; round < 3; round += 1) expect((await request.get(path)).status(), path).toBe(200);
  }
  expect(await count(), "queries made by 18 warm public requests").toBe(before);

  // The counter is live: a subscription is written through the same pool (cached reads may not be).
  const email = `cache-probe-${Date.now().toString(36)}@example.com`;
  expect((await request.post("/api/newsletter/subscribe", { data: { email } })).status()).toBe(202);
  expect(await count()).toBeGreaterThan(before);
});
