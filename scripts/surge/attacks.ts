import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { checkoutSessionEvent } from "../../lib/payments/local-provider/events";
import { signWebhookPayload } from "../../lib/payments/stripe/signature";
import { log } from "../lib/log";
import type { BurstReport } from "./burst";
import { addresses, Visitor, type SurgeResponse } from "./client";
import type { Stack } from "./stack";

/**
 * What an abuser would try, against the same production server (no proxy in front, so
 * TRUST_PROXY is 0): each returns one row of the surge's table, with the problems it found.
 */
type Attack = (stack: Stack, context: AttackContext) => Promise<string[]>;

export interface AttackContext {
  answers: Record<string, string>;
  freeStart: () => string;
  webhookSecret: string;
  count: (query: string, ...params: unknown[]) => Promise<number>;
}

const statusOf = (response: SurgeResponse) => (response.hung ? "hung" : response.error ? `reset (${response.error})` : String(response.status));
const expectStatus = (label: string, response: SurgeResponse, ...allowed: number[]) =>
  allowed.includes(response.status) ? [] : [`${label}: answered ${statusOf(response)}, expected ${allowed.join(" or ")}${response.body ? ` (${response.body.slice(0, 120)})` : ""}`];

/** A forged X-Forwarded-For from one connection is not a new client: the limit still counts it. */
const spoofedForwardedFor: Attack = async (stack, context) => {
  const visitor = new Visitor(stack.baseUrl, addresses(200, 1)[0]!);
  const answers: SurgeResponse[] = [];
  for (let index = 0; index < 15; index += 1) {
    const forged = `203.0.113.${index + 1}`;
    answers.push(await visitor.json("/api/newsletter/subscribe", { email: `spoof-${index}@surge.example` }, { "x-forwarded-for": forged, "x-real-ip": forged }));
  }
  const accepted = answers.filter((answer) => answer.status === 202).length;
  const refused = answers.filter((answer) => answer.status === 429).length;
  const sent = await context.count("select count(*) n from email_outbox where to_address like 'spoof-%'");
  return [...(accepted === 10 && refused === 5 ? [] : [`${accepted} sign-ups accepted and ${refused} refused; the limit is 10 per client`]), ...(sent === 10 ? [] : [`${sent} confirmation emails written, expected 10`])];
};

/** Auth.js's own route: the same address check and the same limits as the form. */
const authRouteFlood: Attack = async (stack, context) => {
  const crowd = addresses(201, 20).map((address) => new Visitor(stack.baseUrl, address));
  const ask = async (visitor: Visitor, email: string) => {
    const csrf = JSON.parse((await visitor.send("/api/auth/csrf")).body || "{}") as { csrfToken?: string };
    return visitor.form("/api/auth/signin/email", { csrfToken: csrf.csrfToken ?? "", email, callbackUrl: `${stack.baseUrl}/account` });
  };
  const answers = await Promise.all(crowd.map((visitor) => ask(visitor, "flooded@surge.example")));
  const links = await context.count("select count(*) n from email_outbox where template = 'magic-link' and to_address = 'flooded@surge.example'");
  // Over the address's budget the answer is the one a sent link gets: nobody learns a limit was hit.
  const told = answers.filter((answer) => answer.status !== 302 || !String(answer.headers.location ?? "").includes("/sign-in/check-email")).length;
  const long = await ask(crowd[0]!, `${"a".repeat(5_000)}@surge.example`);
  const idn = await ask(crowd[1]!, "josé@bücher.example");
  return [
    ...(links === 3 ? [] : [`${links} sign-in links went to one address from 20 clients; the limit is 3 per 30 minutes`]),
    ...(told === 0 ? [] : [`${told} of 20 clients got an answer other than the check-email redirect`]),
    ...expectStatus("a 5,000-character address", long, 422),
    ...expectStatus("an address with non-ASCII characters", idn, 422),
  ];
};

/** A body over the limit is refused while it streams, before anything is parsed or counted. */
const hugeBodies: Attack = async (stack) => {
  const url = new URL("/api/bookings", stack.baseUrl);
  // Writes the body a piece at a time until the server answers; an abuser never gets to finish.
  const send = (headers: Record<string, string | number>, chunkBytes: number, chunks: number) =>
    new Promise<{ status: number; written: number; error?: string }>((resolve) => {
      let written = 0;
      let answered = false;
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", localAddress: addresses(202, 1)[0], agent: false, headers: { "content-type": "application/json", ...headers } }, (res) => {
        answered = true;
        resolve({ status: res.statusCode ?? 0, written });
        res.resume();
        req.destroy();
      });
      // The server may hang up mid-write after answering; only a failure before any answer counts.
      req.on("error", (error: NodeJS.ErrnoException) => setTimeout(() => !answered && resolve({ status: 0, written, error: error.code ?? error.message }), 1_000));
      const chunk = Buffer.alloc(chunkBytes, 0x61);
      const pump = () => {
        if (answered || written >= chunks * chunkBytes) return;
        written += chunkBytes;
        if (req.write(chunk)) setImmediate(pump);
        else req.once("drain", pump);
      };
      req.flushHeaders();
      pump();
    });
  const declared = await send({ "content-length": 200 * 1024 * 1024 }, 1024 * 1024, 200);
  const streamed = await send({ "transfer-encoding": "chunked" }, 64 * 1024, 80);
  return [
    ...(declared.status === 413 ? [] : [`a declared 200 MB body answered ${declared.status}${declared.error ? ` (${declared.error} after ${declared.written / 1048576} MB)` : ""}, expected 413`]),
    ...(streamed.status === 413 ? [] : [`a 5 MB body without a length answered ${streamed.status}${streamed.error ? ` (${streamed.error} after ${streamed.written / 1048576} MB)` : ""}, expected 413`]),
  ];
};

/**
 * Twenty 45 MB forms without a cookie to a back-office address and twenty to a public page, all at
 * once: each is answered 413 within a second, before the server reads it, and the server's memory
 * barely moves (an /admin address is no reason to read a stranger's megabytes).
 */
const bigFormsWithoutCookie: Attack = async (stack) => {
  const rssBefore = stack.serverRss();
  const send = (requestPath: string, localAddress: string) =>
    new Promise<{ status: number; ms: number; error?: string }>((resolve) => {
      const started = Date.now();
      let answered = false;
      const req = httpRequest(
        { host: new URL(stack.baseUrl).hostname, port: new URL(stack.baseUrl).port, path: requestPath, method: "POST", localAddress, agent: false, headers: { "content-type": "multipart/form-data; boundary=surge", "content-length": 45 * 1024 * 1024, "next-action": "0".repeat(42) } },
        (res) => {
          answered = true;
          resolve({ status: res.statusCode ?? 0, ms: Date.now() - started });
          res.resume();
          req.destroy();
        },
      );
      req.on("error", (error: NodeJS.ErrnoException) => setTimeout(() => !answered && resolve({ status: 0, ms: Date.now() - started, error: error.code ?? error.message }), 1_000));
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let written = 0;
      const pump = () => {
        if (answered || written >= 45) return void (answered || req.end());
        written += 1;
        if (req.write(chunk)) setImmediate(pump);
        else req.once("drain", pump);
      };
      req.flushHeaders();
      pump();
    });
  const crowd = addresses(205, 40);
  const answers = await Promise.all(crowd.map((address, index) => send(index % 2 ? "/courses/healing-emotions" : "/admin/testimonials/new", address)));
  await new Promise((resolve) => setTimeout(resolve, 2_500)); // the refused bodies' lingering drain ends
  const grewMb = Math.round((stack.serverRss() - rssBefore) / (1024 * 1024));
  log(`40 × 45 MB forms: slowest refusal ${Math.max(...answers.map((answer) => answer.ms))} ms, server memory ${Math.round(rssBefore / 1048576)} → ${Math.round((rssBefore + grewMb * 1048576) / 1048576)} MB`);
  const wrong = answers.filter((answer) => answer.status !== 413);
  const slow = answers.filter((answer) => answer.ms > 1_000);
  return [
    ...(wrong.length ? [`${wrong.length} of 40 answered ${[...new Set(wrong.map((answer) => answer.error ?? answer.status))].join(", ")}, expected 413`] : []),
    ...(slow.length ? [`${slow.length} of 40 took over a second to be refused (slowest ${Math.max(...slow.map((answer) => answer.ms))} ms)`] : []),
    ...(rssBefore === 0 ? ["the server's process was not found to measure its memory"] : grewMb < 100 ? [] : [`the server's memory grew by ${grewMb} MB`]),
  ];
};

/** NUL and other control characters, impossible years, and a borrowed idempotency key. */
const badInput: Attack = async (stack, context) => {
  const visitor = new Visitor(stack.baseUrl, addresses(203, 1)[0]!);
  const booking = (overrides: Record<string, unknown>, key: string = randomUUID()) =>
    visitor.json("/api/bookings", { start: context.freeStart(), name: "Sam", email: `input-${randomUUID()}@surge.example`, timezone: "UTC", answers: context.answers, consent: true, ...overrides }, { "idempotency-key": key });
  const problems = [
    ...expectStatus("a NUL in a booking name", await booking({ name: "Sam\u0000" }), 422),
    ...expectStatus("an escape sequence in an answer", await booking({ answers: Object.fromEntries(Object.keys(context.answers).map((id) => [id, "\u001b[31mred"])) }), 422),
    ...expectStatus("a booking in the year 0001", await booking({ start: "0001-01-01T10:00:00Z" }), 422),
    ...expectStatus("a booking in the year 9999", await booking({ start: "9999-12-31T10:00:00Z" }), 422),
    ...expectStatus("free times from the year 9999", await visitor.send("/api/availability?from=9999-01-01T00:00:00Z&to=9999-01-05T00:00:00Z"), 400),
    ...expectStatus("a NUL in a newsletter first name", await visitor.json("/api/newsletter/subscribe", { email: "nul-name@surge.example", firstName: "Sam\u0000" }), 422),
    ...expectStatus("an 8-character idempotency key", await booking({}, "abcdefgh"), 400),
    // A free time edited in the JSON: the server re-checks the grid, the rules and the notice itself.
    ...expectStatus("a free time moved by 7 minutes", await booking({ start: new Date(new Date(context.freeStart()).getTime() + 7 * 60_000).toISOString() }), 422),
    ...expectStatus("a time an hour from now (inside the minimum notice)", await booking({ start: new Date(Math.ceil((Date.now() + 3_600_000) / 1_800_000) * 1_800_000).toISOString() }), 422),
  ];
  // The owner books with a key; someone who learns the key gets nothing of theirs.
  const key = randomUUID();
  const start = context.freeStart();
  const owner = await visitor.json("/api/bookings", { start, name: "Owner", email: "key-owner@surge.example", timezone: "UTC", answers: context.answers, consent: true }, { "idempotency-key": key });
  const thief = await visitor.json("/api/bookings", { start, name: "Thief", email: "key-thief@surge.example", timezone: "UTC", answers: context.answers, consent: true }, { "idempotency-key": key });
  problems.push(...expectStatus("the owner's booking", owner, 201), ...expectStatus("someone else replaying the owner's key", thief, 422));
  if (thief.body.includes("/bookings/")) problems.push("the borrowed key's answer carries a manage link");
  // A signed event whose id could never be stored.
  const event = { ...checkoutSessionEvent("checkout.session.completed", { sessionId: "cs_x", orderId: randomUUID(), courseId: randomUUID(), amount: 1, currency: "usd", email: "x@surge.example", paymentIntentId: "pi_x", paymentStatus: "paid" }, new Date()), id: "evt_\u0000nul" };
  const body = JSON.stringify(event);
  problems.push(...expectStatus("a signed event with a NUL in its id", await visitor.send("/api/stripe/webhook", { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signWebhookPayload(body, context.webhookSecret) }, body }), 400));
  return problems;
};

/** A used or made-up sign-in link lands on the site's own address, whatever the server binds to. */
const authErrorsOnAppUrl: Attack = async (stack) => {
  const visitor = new Visitor(stack.baseUrl, addresses(204, 1)[0]!);
  const answer = await visitor.send(`/api/auth/callback/email?token=${"0".repeat(64)}&email=nobody%40surge.example&callbackUrl=${encodeURIComponent(`${stack.appUrl}/account`)}`);
  const location = answer.headers.location ?? "";
  return location.startsWith(`${stack.appUrl}/sign-in/error`) ? [] : [`a bad sign-in link redirected to "${location}", not to ${stack.appUrl}/sign-in/error`];
};

export const ATTACKS: [string, Attack][] = [
  ["attack: forged X-Forwarded-For", spoofedForwardedFor],
  ["attack: Auth.js route flood", authRouteFlood],
  ["attack: 200 MB body", hugeBodies],
  ["attack: 40 × 45 MB forms, no cookie", bigFormsWithoutCookie],
  ["attack: NUL, far years, borrowed key", badInput],
  ["attack: auth errors on APP_URL", authErrorsOnAppUrl],
];

export async function runAttack(stack: Stack, name: string, attack: Attack, context: AttackContext): Promise<BurstReport> {
  const started = Date.now();
  const problems = await attack(stack, context).catch((error: unknown) => [`the attack itself failed: ${error instanceof Error ? error.message : String(error)}`]);
  const health = await new Visitor(stack.baseUrl, "127.0.0.1").send("/api/health");
  if (health.status !== 200) problems.push(`health answered ${statusOf(health)} afterwards`);
  return { name, requests: 0, statuses: problems.length ? "held partly" : "held", slowestMs: Date.now() - started, hung: 0, failures: problems.length, healthMs: 0, problems };
}
