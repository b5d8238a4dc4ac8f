import { describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { seedDatabase } from "@/lib/seed/seed";
import { freshTestDatabase } from "@/db/testing/test-database";
import { listCheckInsForUser } from "./queries";
import { saveCheckIns } from "./service";

const database = freshTestDatabase();
const now = new Date("2026-11-25T12:00:00Z");

async function member() {
  const { db } = database();
  await seedDatabase(db, now);
  const [user] = await db.insert(users).values({ email: `m${Math.random().toString(36).slice(2)}@example.com` }).returning();
  return user!;
}

describe("saveCheckIns", () => {
  it("stores a before/after pair and lists it for the person", async () => {
    const user = await member();
    const result = await saveCheckIns(database().db, user.id, [
      { routineSlug: "tennis-ball-foot-release", before: 7, after: 3, completedAt: "2026-11-25T11:50:00Z" },
    ], now);
    expect(result).toEqual({ ok: true, saved: 1 });
    expect(await listCheckInsForUser(database().db, user.id)).toEqual([
      expect.objectContaining({ routineSlug: "tennis-ball-foot-release", before: 7, after: 3 }),
    ]);
  });

  it("stores a carried-over check-in once, even when sent twice", async () => {
    const user = await member();
    const checkIn = { routineSlug: "slow-neck-release", before: 6, after: 4, completedAt: "2026-11-20T08:00:00Z" };
    await saveCheckIns(database().db, user.id, [checkIn], now);
    expect(await saveCheckIns(database().db, user.id, [checkIn], now)).toEqual({ ok: true, saved: 0 });
    expect(await listCheckInsForUser(database().db, user.id)).toHaveLength(1);
  });

  it("refuses the whole batch when one routine is unknown or a draft", async () => {
    const user = await member();
    const result = await saveCheckIns(database().db, user.id, [
      { routineSlug: "tennis-ball-foot-release", before: 5, after: 2, completedAt: "2026-11-25T11:00:00Z" },
      { routineSlug: "hip-circles-for-long-sitting-days", before: 5, after: 2, completedAt: "2026-11-25T11:00:00Z" },
    ], now);
    expect(result).toEqual({ ok: false, error: "There is no routine called “hip-circles-for-long-sitting-days”." });
    expect(await listCheckInsForUser(database().db, user.id)).toHaveLength(0);
  });

  it("refuses implausible times", async () => {
    const user = await member();
    expect(await saveCheckIns(database().db, user.id, [{ routineSlug: "soften-your-jaw", before: 1, after: 1, completedAt: "2026-12-25T00:00:00Z" }], now)).toMatchObject({ ok: false });
    expect(await saveCheckIns(database().db, user.id, [{ routineSlug: "soften-your-jaw", before: 1, after: 1, completedAt: "2024-01-01T00:00:00Z" }], now)).toMatchObject({ ok: false });
  });
});
