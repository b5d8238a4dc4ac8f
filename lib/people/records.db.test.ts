import { beforeAll, describe, expect, it } from "vitest";
import { bookings, routineCheckIns, routines, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { seedDatabase } from "@/lib/seed/seed";
import { summariseCheckIns } from "@/lib/check-ins/summary";
import { createPeopleService, CHART_CHECK_INS, TIMELINE_FIRST } from "./service";
import { findPersonByEmail } from "./people-queries";
import { loadPersonGlance } from "./glance-queries";

const database = freshTestDatabase();
const now = new Date("2026-12-02T09:00:00Z");
const minute = 60_000;

const people = () =>
  createPeopleService({ db: database().db, now: () => now });

beforeAll(async () => {
  const { db } = database();
  await seedDatabase(db, now);
  const [often, seldom] = await db.select({ id: routines.id }).from(routines).limit(2);
  const [member] = await db.insert(users).values({ email: "long.history@example.com", name: "Long History" }).returning();
  // 70 check-ins of one routine, then 3 of another, the latest last.
  await db.insert(routineCheckIns).values([
    ...Array.from({ length: 70 }, (_, index) => ({ userId: member!.id, routineId: often!.id, before: index % 11, after: 0, completedAt: new Date(now.getTime() - (200 - index) * minute) })),
    ...Array.from({ length: 3 }, (_, index) => ({ userId: member!.id, routineId: seldom!.id, before: 5, after: 2, completedAt: new Date(now.getTime() - (10 - index) * minute) })),
  ]);
  const call = (email: string, hours: number, index: number) => ({
    startsAt: new Date(now.getTime() - hours * 60 * minute),
    endsAt: new Date(now.getTime() - hours * 60 * minute + 30 * minute),
    name: "Guest",
    email,
    timezone: "UTC",
    consentAt: now,
    manageTokenHash: `manage-${email}-${index}`,
  });
  await db.insert(bookings).values([call("long.history@example.com", 48, 1), call("long.history@example.com", 24, 2), call("only.booked@example.com", 72, 3)]);
});

describe("a person's page", () => {
  it("states every check-in and call, and charts each routine's latest ones, however little of the timeline it reads", async () => {
    const { db } = database();
    const glance = await loadPersonGlance(db, { email: "Long.History@example.com", perRoutine: CHART_CHECK_INS });
    expect(glance.checkIns).toBe(73);
    expect(glance.bookings).toBe(2);
    const charts = summariseCheckIns(glance.recentCheckIns, CHART_CHECK_INS);
    expect(charts.map((chart) => chart.sessions.length)).toEqual([3, CHART_CHECK_INS]);
    // The often-practised routine's chart holds its latest 20, oldest first.
    const latest = charts[1]!.sessions.map((session) => session.completedAt.getTime());
    expect(latest).toEqual(Array.from({ length: 20 }, (_, index) => now.getTime() - (200 - 50 - index) * minute));

    const guest = await loadPersonGlance(db, { email: "only.booked@example.com", perRoutine: CHART_CHECK_INS });
    expect(guest).toEqual({ checkIns: 0, bookings: 1, recentCheckIns: [] });
  });

  it("reads one row past the first screen of each list, and up to the limit when the whole timeline is asked for", async () => {
    const person = await findPersonByEmail(database().db, "long.history@example.com");
    const first = await people().profile(person!.id);
    expect(first!.records.checkIns).toHaveLength(TIMELINE_FIRST + 1);
    expect(first!.glance.checkIns).toBe(73);
    const whole = await people().profile(person!.id, { whole: true });
    expect(whole!.records.checkIns).toHaveLength(73);
  });
});
