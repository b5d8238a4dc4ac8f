import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { beforeAll, describe, expect, it } from "vitest";
import { emailDeliveryEvents, emailOutbox, emailSuppressions, subscribers } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { confirmedReaderAddresses } from "@/lib/newsletter/broadcast-queries";
import { createDeliveryEventService, type DeliveryEventService } from "./delivery-events";

const database = freshTestDatabase();
const SECRET = `whsec_${Buffer.from("delivery-events-test-secret-32by").toString("base64")}`;
let clock = new Date();
let service: DeliveryEventService;
let outboxId: string;

beforeAll(async () => {
  const { db } = database();
  service = createDeliveryEventService({ db, webhookSecret: SECRET, now: () => clock });
  const at = new Date("2026-01-01T00:00:00Z");
  await db.insert(subscribers).values(
    ["bounced", "soft", "fine", "complainer"].map((name) => ({ email: `${name}@example.com`, status: "confirmed" as const, source: "/", consentText: "yes", signedUpAt: at, confirmedAt: at })),
  );
  const [message] = await db
    .insert(emailOutbox)
    .values({ kind: "newsletter", template: "broadcast", toAddress: "fine@example.com", fromAddress: "letters@example.com", subject: "Hello", html: "", text: "", status: "sent", sentAt: at, providerMessageId: "re_fine_1" })
    .returning();
  outboxId = message!.id;
});

let sequence = 0;
/** A delivery signed the way Resend (through Svix) signs it: the Standard Webhooks scheme. */
function delivery(type: string, to: string, extra: Record<string, unknown> = {}, options: { id?: string; signedAt?: Date; secret?: string } = {}) {
  const id = options.id ?? `msg_${(sequence += 1)}`;
  const body = JSON.stringify({ type, created_at: new Date(clock.getTime() + sequence * 1000).toISOString(), data: { email_id: extra.email_id ?? `re_${sequence}`, from: "letters@example.com", to: [to], subject: "Hello", created_at: clock.toISOString(), ...extra } });
  const signedAt = options.signedAt ?? new Date();
  const signature = new Webhook(options.secret ?? SECRET).sign(id, signedAt, body);
  return { body, headers: { id, timestamp: String(Math.floor(signedAt.getTime() / 1000)), signature } };
}
const send = (event: ReturnType<typeof delivery>) => service.handle(event.body, event.headers);
const audience = async () => [...(await database().db.execute<{ email: string }>(confirmedReaderAddresses(null)))].map((row) => row.email).sort();
const hardBounce = { bounce: { type: "Permanent", subType: "General", message: "550 5.1.1 The email account does not exist." } };
const softBounce = { bounce: { type: "Transient", subType: "MailboxFull", message: "452 4.2.2 Mailbox full." } };

describe("Resend's delivery events", () => {
  it("marks our message delivered, once per event id", async () => {
    const event = delivery("email.delivered", "fine@example.com", { email_id: "re_fine_1" });
    expect(await send(event)).toEqual({ status: 200, body: { received: true, outcome: "recorded" } });
    expect(await send(event)).toEqual({ status: 200, body: { received: true, outcome: "duplicate" } });
    const { db } = database();
    const [message] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, outboxId));
    expect(message?.deliveryStatus).toBe("delivered");
    expect(await db.$count(emailDeliveryEvents, eq(emailDeliveryEvents.outboxId, outboxId))).toBe(1);
  });

  it("a hard bounce suppresses the address for good, even for mail sent before the outbox kept ids, and the next letter skips it", async () => {
    expect((await send(delivery("email.bounced", "Bounced@Example.com", hardBounce))).status).toBe(200);
    const [suppression] = await database().db.select().from(emailSuppressions).where(eq(emailSuppressions.address, "bounced@example.com"));
    expect(suppression).toMatchObject({ reason: "hard-bounce", until: null, detail: "550 5.1.1 The email account does not exist." });
    expect(await audience()).toEqual(["complainer@example.com", "fine@example.com", "soft@example.com"]);
  });

  it("a complaint suppresses for good", async () => {
    await send(delivery("email.complained", "complainer@example.com"));
    expect(await audience()).toEqual(["fine@example.com", "soft@example.com"]);
  });

  it("three soft bounces in 30 days suppress for 30 days; a lift starts the count again", async () => {
    await send(delivery("email.bounced", "soft@example.com", softBounce));
    await send(delivery("email.bounced", "soft@example.com", softBounce));
    expect(await audience()).toContain("soft@example.com");
    await send(delivery("email.bounced", "soft@example.com", softBounce));
    expect(await audience()).not.toContain("soft@example.com");
    const [row] = await database().db.select().from(emailSuppressions).where(eq(emailSuppressions.address, "soft@example.com"));
    expect(row?.reason).toBe("soft-bounces");
    expect(row!.until!.getTime() - row!.suppressedAt.getTime()).toBe(30 * 86_400_000);

    clock = new Date(clock.getTime() + 3_600_000); // the coach lifts it an hour later
    expect(await service.lift("soft@example.com")).toBe(true);
    expect(await audience()).toContain("soft@example.com");
    await send(delivery("email.bounced", "soft@example.com", softBounce));
    expect(await audience()).toContain("soft@example.com");
    // A soft suppression never weakens a permanent one.
    await send(delivery("email.bounced", "bounced@example.com", softBounce));
    await send(delivery("email.bounced", "bounced@example.com", softBounce));
    const [hard] = await database().db.select().from(emailSuppressions).where(eq(emailSuppressions.address, "bounced@example.com"));
    expect(hard).toMatchObject({ reason: "hard-bounce", until: null });
  });

  it("refuses a forged, a stale or an unsigned delivery with 400 and writes nothing", async () => {
    const { db } = database();
    const before = { events: await db.$count(emailDeliveryEvents), suppressions: await db.$count(emailSuppressions) };
    const forged = delivery("email.bounced", "fine@example.com", hardBounce, { secret: `whsec_${Buffer.from("someone-else-entirely-32-bytes!!").toString("base64")}` });
    const stale = delivery("email.bounced", "fine@example.com", hardBounce, { signedAt: new Date(Date.now() - 6 * 60_000) });
    const tampered = delivery("email.delivered", "fine@example.com");
    for (const answer of [
      await send(forged),
      await send(stale),
      await service.handle(tampered.body.replace("email.delivered", "email.complained"), tampered.headers),
      await service.handle(tampered.body, { id: null, timestamp: null, signature: null }),
    ]) {
      expect(answer.status).toBe(400);
      expect(answer.body.received).toBe(false);
    }
    expect({ events: await db.$count(emailDeliveryEvents), suppressions: await db.$count(emailSuppressions) }).toEqual(before);
    expect(await audience()).toContain("fine@example.com");
  });

  it("acknowledges events it does not track, and refuses a body that is not an email event", async () => {
    expect(await send(delivery("email.opened", "fine@example.com"))).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    const id = "msg_not_an_event";
    const body = JSON.stringify({ hello: "world" });
    const signedAt = new Date();
    expect((await service.handle(body, { id, timestamp: String(Math.floor(signedAt.getTime() / 1000)), signature: new Webhook(SECRET).sign(id, signedAt, body) })).status).toBe(400);
  });
});
