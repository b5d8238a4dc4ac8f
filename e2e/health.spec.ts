import { expect, test } from "./fixtures";

test("health reports the database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = await response.json();
  expect(body).toMatchObject({ status: "ok", db: "up" });
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
});
