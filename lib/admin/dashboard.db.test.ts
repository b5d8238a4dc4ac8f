import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { bookings, broadcasts, courses, emailOutbox, emailSuppressions, enrollments, orders, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { seedDatabase } from "@/lib/seed/seed";
import { createDashboardService } from "./dashboard";

const database = freshTestDatabase();
const now = new Date("2026-12-07T10:00:00Z");
const day = 86_400_000;

describe("the dashboard's figures", () => {
  it("read in one statement, each equal to counting the rows it stands for", async () => {
    const { db } = database();
    await seedDatabase(db, now);
    const [course] = await db.select().from(courses).limit(1);
    const [member] = await db.insert(users).values({ email: "figures-member@example.com" }).returning();
    await db.insert(orders).values([
      { courseId: course!.id, status: "paid", amount: 14900, currency: "usd", amountPaid: 14900, userId: member!.id, provider: "local", paidAt: new Date(now.getTime() - 2 * day) },
      { courseId: course!.id, status: "paid", amount: 12000, currency: "eur", amountPaid: 12000, email: "old@example.com", provider: "local", paidAt: new Date(now.getTime() - 90 * day) },
      { courseId: course!.id, status: "refunded", amount: 14900, currency: "usd", amountPaid: 14900, email: "back@example.com", provider: "local", paidAt: now },
    ]);
    await db.insert(enrollments).values({ userId: member!.id, courseId: course!.id, source: "purchase", grantedAt: now });
    await db.insert(bookings).values({ startsAt: new Date(now.getTime() + day), endsAt: new Date(now.getTime() + day + 1_800_000), name: "Soon", email: "soon@example.com", timezone: "UTC", consentAt: now, manageTokenHash: "figures-soon" });
    await db.insert(emailSuppressions).values([
      { address: "bounced@example.com", reason: "hard-bounce", suppressedAt: now },
      { address: "lifted@example.com", reason: "hard-bounce", suppressedAt: now, liftedAt: now },
    ]);
    const [letter] = await db.insert(broadcasts).values({ subject: "Feet first", status: "sent", finishedAt: now }).returning();
    const copy = (to: string, status: "sent" | "failed") => ({ kind: "newsletter" as const, template: "broadcast", toAddress: to, fromAddress: "coach@example.com", subject: "Feet first", html: "", text: "", status, sentAt: status === "sent" ? now : null, lastError: status === "failed" ? "rejected" : null, broadcastId: letter!.id, batchNo: 0 });
    await db.insert(emailOutbox).values([copy("a@example.com", "sent"), copy("b@example.com", "sent"), copy("c@example.com", "failed")]);

    const figures = await createDashboardService(db).load(now);
    const [truth] = await db.execute<Record<string, number>>(sql`
      select
        (select count(*)::int from routines where status = 'published') as published,
        (select count(*)::int from routines where status = 'draft') as draft,
        (select count(*)::int from users) as people,
        (select count(*)::int from enrollments where revoked_at is null) as learners,
        (select count(*)::int from bookings where status = 'confirmed' and starts_at >= ${now.toISOString()}::timestamptz) as upcoming,
        (select count(*)::int from email_outbox where status = 'sent') as sent,
        (select count(*)::int from email_outbox where status = 'failed') as failed,
        (select count(*)::int from email_outbox where status = 'queued') as queued`);
    expect(figures.routines).toEqual({ published: truth!.published, draft: truth!.draft });
    expect(figures.people).toBe(truth!.people);
    expect(figures.learners).toBe(truth!.learners);
    expect(figures.upcomingBookings).toBe(truth!.upcoming);
    expect(figures.emails).toMatchObject({ sent: truth!.sent, failed: truth!.failed, queued: truth!.queued });
    expect(figures.suppressed).toBe(1);
    // Paid orders only, per currency; the last 30 days leave out the one from 90 days ago.
    expect(figures.revenue30Days).toEqual([{ currency: "usd", total: 14900, orders: 1 }]);
    expect(figures.revenueAllTime).toEqual([{ currency: "eur", total: 12000, orders: 1 }, { currency: "usd", total: 14900, orders: 1 }]);
    expect(figures.lastLetter).toMatchObject({ id: letter!.id, subject: "Feet first", sent: 2, failed: 1 });
    expect(figures.lastLetter!.finishedAt).toEqual(now);
    expect(figures.readersGrowth).toHaveLength(91);
    expect(figures.today.zone).toBeTruthy();
    expect(figures.lessons).toBeGreaterThan(0);
  });
});
