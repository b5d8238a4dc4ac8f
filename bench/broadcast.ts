/**
 * `npm run bench:broadcast`: a 50,000-character letter to 50,000 readers, sent through the real
 * broadcast service, the real email service and the real Resend SDK (pointed at a local server
 * that records what it is sent), on a fresh database. Prints how long it took and the process's
 * peak memory, and exits non-zero when memory passes the ceiling: memory must stay bounded by one
 * batch, whatever the size of the list or the letter.
 *
 * What the sender really holds is measured after a full garbage collection every five seconds
 * (the npm script runs Node with --expose-gc): V8 lets garbage pile up long before it collects, so
 * the resident size shows mostly when V8 chose to clean, not what is kept. A sender that kept
 * more than one batch alive would climb with every batch, as the old one did to 3.7 GB.
 *
 * BENCH_READERS (50000), BENCH_LETTER_CHARS (50000), BENCH_MEMORY_CEILING_MB (150: the most the
 * heap may hold after a full collection, at any point of the send).
 */
import { createDatabase } from "../db/connect";
import { runMigrations } from "../db/migrate";
import { seedDatabase } from "../lib/seed/seed";
import { acquireTestServer, createDatabase as createDatabaseOnServer, dropDatabase, uniqueDatabaseName } from "../db/testing/server";
import { createEmailService } from "../lib/email/service";
import { resendTransport } from "../lib/email/transport";
import { createBroadcastService } from "../lib/newsletter/broadcast-service";
import { spawn } from "node:child_process";

const READERS = Number(process.env.BENCH_READERS ?? 50_000);
const LETTER_CHARS = Number(process.env.BENCH_LETTER_CHARS ?? 50_000);
const CEILING_MB = Number(process.env.BENCH_MEMORY_CEILING_MB ?? 150);
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

// The letter: paragraphs of a real length, with a little markdown, up to the size asked for.
function letter(chars: number) {
  const paragraph = "Sit down. Place a tennis ball under each foot and let your weight sink into them, slowly, for two minutes on each spot. **Breathe out longer than you breathe in.** Then stand and fold forward, knees soft, and notice how much further your hands travel than before. ";
  let body = "";
  while (body.length < chars) body += `${paragraph}\n\n`;
  return body.slice(0, chars);
}

const server = await acquireTestServer();
const name = uniqueDatabaseName("coach_bench_broadcast");
const url = await createDatabaseOnServer(server.adminUrl, name);
// Resend's stand-in runs in a process of its own, so the memory measured below is the sender's alone.
const stand_in = `
  let delivered = 0;
  const server = require("node:http").createServer((req, res) => {
    if (req.url === "/count") return res.end(String(delivered));
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      const messages = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      delivered += messages.length;
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ data: messages.map((_, index) => ({ id: "re_" + delivered + "_" + index })) }));
    });
  });
  server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;
const resendProcess = spawn(process.execPath, ["-e", stand_in], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_OPTIONS: "" } });
process.on("exit", () => resendProcess.kill());
const resendPort = await new Promise<number>((resolve) => resendProcess.stdout!.once("data", (data: Buffer) => resolve(Number(String(data).trim()))));
process.env.RESEND_BASE_URL = `http://127.0.0.1:${resendPort}`;
const deliveredCount = async () => Number(await (await fetch(`http://127.0.0.1:${resendPort}/count`)).text());

try {
  await runMigrations(url);
  const { db, sql } = createDatabase(url, { name: "bench", max: 3, timeouts: { statementMs: 120_000 } });
  await seedDatabase(db);
  await sql.unsafe(`
    insert into subscribers (email, status, source, consent_text, signed_up_at, confirmed_at)
    select 'reader' || n || '@example.com', 'confirmed', '/newsletter', 'yes', now(), now() from generate_series(1, ${READERS}) as n`);

  const email = createEmailService({ db, boss: { send: async () => null }, transport: resendTransport("re_bench_key"), from: { transactional: "hello@example.com", newsletter: "Mira <letters@example.com>" } });
  const broadcasts = createBroadcastService({
    db,
    boss: { send: async () => null },
    email,
    appUrl: "https://coach.example",
    secret: "bench-secret-bench-secret-bench-secret-00",
    coachName: async () => "Mira Holloway",
    pauseMs: 0,
  });
  const saved = await broadcasts.save(null, { subject: "A long letter", preheader: "", body: letter(LETTER_CHARS), routineSlugs: ["tennis-ball-foot-release"], audienceSource: null });
  if (!saved.ok) throw new Error(JSON.stringify(saved.errors));
  await broadcasts.schedule(saved.id, null);

  global.gc?.();
  const baseline = process.memoryUsage();
  let peakRss = baseline.rss;
  let peakHeap = baseline.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 20);
  const afterGc: number[] = [];
  const gcProbe = global.gc
    ? setInterval(() => {
        global.gc!();
        afterGc.push(mb(process.memoryUsage().heapUsed));
      }, 5_000)
    : undefined;
  const started = Date.now();
  const outcome = await broadcasts.run(saved.id);
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  if (gcProbe) clearInterval(gcProbe);
  if (afterGc.length) console.log(`heap after a full collection, every 5 s: ${afterGc.join(", ")} MB`);

  const delivered = await deliveredCount();
  const [stats] = await sql<{ sent: number; letter: number; copies: number }[]>`
    select count(*) filter (where status = 'sent')::int as sent,
      (select length(html) from broadcasts where id = ${saved.id})::int as letter,
      coalesce(sum(length(html)), 0)::int as copies
    from email_outbox where broadcast_id = ${saved.id}`;
  console.log(`letter: ${LETTER_CHARS.toLocaleString("en")} characters of markdown, ${stats!.letter.toLocaleString("en")} bytes of HTML stored once (copies hold ${stats!.copies} bytes of their own)`);
  console.log(`readers: ${READERS.toLocaleString("en")}; outcome: ${outcome}; sent: ${stats!.sent.toLocaleString("en")}; delivered to the provider: ${delivered.toLocaleString("en")}`);
  console.log(`time: ${seconds.toFixed(1)} s (${Math.round(READERS / seconds).toLocaleString("en")} copies/s, no pause between batches)`);
  const heldMb = Math.max(mb(baseline.heapUsed), ...afterGc);
  console.log(`memory held (heap after a full collection): ${mb(baseline.heapUsed)} MB before sending, at most ${heldMb} MB while sending (ceiling ${CEILING_MB} MB)`);
  console.log(`memory touched (garbage included): resident peak ${mb(peakRss)} MB, heap peak ${mb(peakHeap)} MB`);
  await sql.end();
  const failed = outcome !== "sent" || stats!.sent !== READERS || delivered !== READERS || !global.gc || heldMb > CEILING_MB;
  if (failed) console.log(global.gc ? "FAILED: not every reader got exactly one copy, or memory passed the ceiling." : "FAILED: run it with node --expose-gc (npm run bench:broadcast does).");
  process.exitCode = failed ? 1 : 0;
} finally {
  resendProcess.kill();
  await dropDatabase(server.adminUrl, name);
  await server.release();
}
