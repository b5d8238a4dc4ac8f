import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { subscribers } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { createNewsletterService, type NewsletterService } from "./service";

const database = freshTestDatabase();
let clock = new Date("2026-11-25T10:00:00Z");
const sent: { template: string; to: string; kind?: string; headers?: Record<string, string>; props: Record<string, unknown> }[] = [];
let service: NewsletterService;

beforeAll(() => {
  service = createNewsletterService({
    db: database().db,
    appUrl: "https://coach.example",
    secret: "test-secret-test-secret-test-secret",
    coachName: async () => "Mira Holloway",
    now: () => clock,
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
    expect(await service.confirm(tokenFrom(confirmMail!.props.confirmUrl))).toBe("invalid"); // single use
    expect(await statusOf("reader@example.com")).toBe("confirmed");
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
