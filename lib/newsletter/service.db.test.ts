import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { freshTestDatabase } from "@/db/testing/test-database";
import { emailSuppressions, subscribers } from "@/db/schema";
import { createNewsletterService, type FollowUpJob, type NewsletterService } from "./service";

const database = freshTestDatabase();
let clock = new Date("2026-11-25T10:00:00Z");
const sent: { template: string; to: string; kind?: string; headers?: Record<string, string>; props: Record<string, unknown> }[] = [];
let service: NewsletterService;
const scheduled: { job: FollowUpJob; runAt: Date }[] = [];

beforeAll(() => {
  service = createNewsletterService({
    db: database().db,
    appUrl: "https://coach.example",
    secret: "test-secret-test-secret-test-secret",
    coachName: async () => "Mira Holloway",
    now: () => clock,
    scheduleFollowUp: async (_tx, job, runAt) => void scheduled.push({ job, runAt }),
    email: {
      async sendEmail(input) {
        sent.push({ template: input.template, to: input.to, kind: input.kind, headers: input.headers, props: input.props as unknown as Record<string, unknown> });
        return undefined as never;
      },
    },
  });
});

const tokenFrom = (url: unknown) => new URL(String(url)).searchParams.get("token")!;
const mailsTo = (to: string, template: string) => sent.filter((entry) => entry.to === to && entry.template === template);
const statusOf = async (email: string) => (await database().db.select().from(subscribers).where(eq(subscribers.email, email)))[0]?.status;

describe("newsletter double opt-in", () => {
  it("keeps a new address pending until the link is used, then welcomes it with list headers", async () => {
    await service.subscribe({ email: "reader@example.com", firstName: "Sam", source: "/routines/tennis-ball-foot-release" }, "203.0.113.9");
    expect(await statusOf("reader@example.com")).toBe("pending");
    const [confirmMail] = mailsTo("reader@example.com", "newsletter-confirm");
    expect(confirmMail?.headers).toBeUndefined();
    const [row] = await database().db.select().from(subscribers).where(eq(subscribers.email, "reader@example.com"));
    expect(row).toMatchObject({ source: "/routines/tennis-ball-foot-release", consentText: expect.stringContaining("newsletter") });
    expect(row!.ipHash).not.toContain("203.0.113.9");
    expect(row!.confirmTokenHash).not.toBe(tokenFrom(confirmMail!.props.confirmUrl));

    expect(await service.confirm(tokenFrom(confirmMail!.props.confirmUrl))).toBe("confirmed");
    // Opened again: the reader is told they are on the list, and no second welcome is sent.
    expect(await service.confirm(tokenFrom(confirmMail!.props.confirmUrl))).toBe("already-confirmed");
    expect(await statusOf("reader@example.com")).toBe("confirmed");
    expect(mailsTo("reader@example.com", "newsletter-welcome")).toHaveLength(1);
    const [welcome] = mailsTo("reader@example.com", "newsletter-welcome");
    expect(welcome?.kind).toBe("newsletter");
    expect(welcome?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(welcome?.headers?.["List-Unsubscribe"]).toMatch(/^<https:\/\/coach\.example\/api\/newsletter\/unsubscribe\/[0-9a-f-]{36}\.[\w-]+>$/);
  });

  it("answers every state the same way, and writes only what each state needs", async () => {
    // Confirmed: nothing is sent, nothing changes.
    const before = mailsTo("reader@example.com", "newsletter-confirm").length;
    await service.subscribe({ email: "reader@example.com", firstName: null, source: "/newsletter" }, "1.1.1.1");
    expect(mailsTo("reader@example.com", "newsletter-confirm")).toHaveLength(before);
    expect(await statusOf("reader@example.com")).toBe("confirmed");

    // Pending: a fresh link.
    await service.subscribe({ email: "slow@example.com", firstName: null, source: "/newsletter" }, "1.1.1.1");
    await service.subscribe({ email: "slow@example.com", firstName: null, source: "/newsletter" }, "1.1.1.1");
    expect(mailsTo("slow@example.com", "newsletter-confirm")).toHaveLength(2);
    expect(await database().db.$count(subscribers, eq(subscribers.email, "slow@example.com"))).toBe(1);
  });

  it("lets a confirmation link expire after 48 hours", async () => {
    await service.subscribe({ email: "late@example.com", firstName: null, source: "/newsletter" }, "1.1.1.1");
    const token = tokenFrom(mailsTo("late@example.com", "newsletter-confirm")[0]!.props.confirmUrl);
    clock = new Date(clock.getTime() + 49 * 3600_000);
    expect(await service.confirm(token)).toBe("expired");
    expect(await statusOf("late@example.com")).toBe("pending");
  });

  it("unsubscribes in one idempotent step, refuses forged tokens, and asks again before resubscribing", async () => {
    const [row] = await database().db.select().from(subscribers).where(eq(subscribers.email, "reader@example.com"));
    const token = service.unsubscribeToken(row!.id);
    expect(await service.unsubscribe(token)).toBe(true);
    expect(await service.unsubscribe(token)).toBe(true);
    expect(await statusOf("reader@example.com")).toBe("unsubscribed");
    expect(await service.unsubscribe(`${row!.id}.forged`)).toBe(false);
    expect(await service.unsubscribe("nonsense")).toBe(false);

    await service.subscribe({ email: "reader@example.com", firstName: null, source: "/newsletter" }, "1.1.1.1");
    expect(await statusOf("reader@example.com")).toBe("pending");
  });
});

describe("the welcome sequence", () => {
  it("queues each follow-up at confirmation, sends it once, and stops at unsubscribe or suppression", async () => {
    const day3 = await service.addFollowUp({ delayDays: 3, subject: "Your shoulders, day three", body: "Try the **shoulder drop** tonight." });
    const day7 = await service.addFollowUp({ delayDays: 7, subject: "A week in", body: "How is the foot release going?" });
    expect((await service.followUps()).map((letter) => letter.subject)).toEqual(["Your shoulders, day three", "A week in"]);

    const confirmFor = async (email: string) => {
      await service.subscribe({ email, firstName: null, source: "/newsletter" }, "203.0.113.10");
      expect(await service.confirm(tokenFrom(mailsTo(email, "newsletter-confirm").at(-1)!.props.confirmUrl))).toBe("confirmed");
    };
    const idOf = async (email: string) => (await database().db.select().from(subscribers).where(eq(subscribers.email, email)))[0]!.id;

    scheduled.length = 0;
    await confirmFor("sequence@example.com");
    const id = await idOf("sequence@example.com");
    expect(scheduled.map((entry) => [entry.job.followUpId, entry.runAt.getTime() - clock.getTime()])).toEqual([
      [day3.id, 3 * 86_400_000],
      [day7.id, 7 * 86_400_000],
    ]);
    expect(await service.sendFollowUp({ subscriberId: id, followUpId: day3.id })).toBe("sent");
    expect(await service.sendFollowUp({ subscriberId: id, followUpId: day3.id })).toBe("already-sent");
    const letters = mailsTo("sequence@example.com", "newsletter-welcome");
    expect(letters.map((letter) => letter.props.subject)).toEqual(["Welcome to the newsletter", "Your shoulders, day three"]);
    expect(letters.at(-1)?.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

    // Unsubscribed before day seven: the letter stays unsent.
    await service.unsubscribe(service.unsubscribeToken(id));
    expect(await service.sendFollowUp({ subscriberId: id, followUpId: day7.id })).toBe("stopped");

    // A suppressed address gets neither the welcome nor the sequence.
    await database().db.insert(emailSuppressions).values({ address: "bounced-reader@example.com", reason: "hard-bounce", suppressedAt: clock });
    scheduled.length = 0;
    await service.subscribe({ email: "bounced-reader@example.com", firstName: null, source: "/newsletter" }, "203.0.113.11");
    expect(await service.confirm(tokenFrom(mailsTo("bounced-reader@example.com", "newsletter-confirm").at(-1)!.props.confirmUrl))).toBe("confirmed");
    expect(mailsTo("bounced-reader@example.com", "newsletter-welcome")).toHaveLength(0);
    expect(scheduled).toHaveLength(0);
    expect(await service.sendFollowUp({ subscriberId: await idOf("bounced-reader@example.com"), followUpId: day7.id })).toBe("stopped");
  });
});
