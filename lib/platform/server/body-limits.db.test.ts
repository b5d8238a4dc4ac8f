import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { request } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessions, users } from "@/db/schema";
import { freshTestDatabase } from "@/db/testing/test-database";
import { decideAccess } from "@/lib/auth/access";
import { BODY_LIMITS, bodyPolicy } from "./body-limits.mjs";

const MB = 1024 * 1024;
const database = freshTestDatabase();
let child: ChildProcess;
let port: number;

/** A server with the hooks loaded whose app reads every body to its end and says how much it got. */
beforeAll(async () => {
  const { db, url } = database();
  const [coach] = await db.insert(users).values({ email: "coach@example.com", role: "admin", emailVerified: new Date() }).returning();
  const [stranger] = await db.insert(users).values({ email: "stranger@example.com", role: "member", emailVerified: new Date() }).returning();
  const later = new Date(Date.now() + 86_400_000);
  await db.insert(sessions).values([
    { sessionToken: "coach-link", userId: coach!.id, expires: later, proof: "link" },
    { sessionToken: "coach-checkout", userId: coach!.id, expires: later, proof: "checkout" },
    { sessionToken: "coach-expired", userId: coach!.id, expires: new Date(Date.now() - 1000), proof: "link" },
    { sessionToken: "member-link", userId: stranger!.id, expires: later, proof: "link" },
  ]);
  const script = `
    const http = require("node:http");
    const seen = [];
    const server = http.createServer((req, res) => {
      if (req.url === "/__seen") return res.end(JSON.stringify(seen));
      seen.push(req.url);
      let bytes = 0;
      req.on("data", (chunk) => (bytes += chunk.length));
      req.on("end", () => res.end("reached the app with " + bytes + " bytes"));
      req.on("error", () => {});
    });
    server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;
  child = spawn(process.execPath, ["--import", path.resolve("lib/platform/server/http-hooks.mjs"), "-e", script], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, DATABASE_URL: url } });
  port = await new Promise<number>((resolve) => child.stdout!.once("data", (data: Buffer) => resolve(Number(String(data).trim()))));
});
afterAll(() => void child?.kill());

interface Sent {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** Bytes the client writes (declared as Content-Length unless chunked). */
  bytes: number;
  chunked?: boolean;
}

function send({ method = "POST", path: requestPath, headers = {}, bytes, chunked = false }: Sent) {
  return new Promise<{ status: number; body: string; written: number }>((resolve, reject) => {
    let written = 0;
    const req = request({ host: "127.0.0.1", port, method, path: requestPath, headers: { ...headers, ...(chunked ? {} : { "content-length": String(bytes) }) } }, (res) => {
      let text = "";
      res.on("data", (chunk: Buffer) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text, written }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    const piece = Buffer.alloc(64 * 1024, "x");
    const pump = () => {
      while (written < bytes) {
        const size = Math.min(piece.length, bytes - written);
        written += size;
        if (!req.write(piece.subarray(0, size))) return void req.once("drain", pump);
      }
      req.end();
    };
    req.on("response", () => (written = Math.max(written, 0)));
    pump();
  });
}

const multipart = { "content-type": "multipart/form-data; boundary=x" };
const action = { "next-action": "abc123", "content-type": "text/plain;charset=UTF-8" };

describe("one body limit for every request", () => {
  it("matches what the pages need, by path and kind of body", () => {
    const limit = (method: string, url: string, headers: Record<string, string>) => bodyPolicy(method, url, headers)?.limit ?? null;
    expect(limit("GET", "/", {})).toBeNull();
    expect(limit("POST", "/newsletter", { ...action, "content-length": "10" })).toBe(BODY_LIMITS.form);
    expect(limit("POST", "/courses/healing-emotions", { ...multipart, "content-length": "10" })).toBe(BODY_LIMITS.form);
    expect(limit("POST", "/api/auth/signin/email", { "content-type": "application/x-www-form-urlencoded", "content-length": "10" })).toBe(BODY_LIMITS.small);
    expect(limit("POST", "/api/bookings", { "content-type": "application/json", "content-length": "10" })).toBe(BODY_LIMITS.small);
    expect(limit("POST", "/api/stripe/webhook", { "content-type": "application/json", "content-length": "10" })).toBe(BODY_LIMITS.webhook);
    expect(limit("GET", "/", { "transfer-encoding": "chunked" })).toBe(BODY_LIMITS.small);
    expect(bodyPolicy("POST", "/admin/routines/1", { ...action, "content-length": "10" })).toMatchObject({ limit: BODY_LIMITS.form, coachLimit: BODY_LIMITS.coachForm });
    expect(bodyPolicy("POST", "/administrator", { ...action, "content-length": "10" })).toMatchObject({ limit: BODY_LIMITS.form, coachLimit: null });
  });

  it("asks for the coach exactly as the pages do: a proven admin session", () => {
    // coach-session.mjs's query: role admin, proof link, not expired; decideAccess lets in the same.
    const allowed = (role: "admin" | "member", proof: "link" | "checkout") => decideAccess({ id: "1", email: "c@example.com", name: null, role, proof }, "admin") === "allow";
    expect(allowed("admin", "link")).toBe(true);
    expect(allowed("admin", "checkout")).toBe(false);
    expect(allowed("member", "link")).toBe(false);
  });

  it("answers 45 MB without a cookie with 413 before the app reads a byte, to an admin address and to a public page", async () => {
    for (const requestPath of ["/admin/testimonials/new", "/courses/healing-emotions"]) {
      const answer = await send({ path: requestPath, headers: multipart, bytes: 45 * MB });
      expect(answer.status, requestPath).toBe(413);
      expect(answer.body).toBe("This form is larger than 1 MB.");
    }
    expect((await send({ path: "/admin/routines/1", headers: { ...action, cookie: "authjs.session-token=member-link" }, bytes: 2 * MB })).status).toBe(413);
    expect((await send({ path: "/admin/routines/1", headers: { ...action, cookie: "authjs.session-token=coach-checkout" }, bytes: 2 * MB })).status).toBe(413);
    expect((await send({ path: "/admin/routines/1", headers: { ...action, cookie: "authjs.session-token=coach-expired" }, bytes: 2 * MB })).status).toBe(413);
  });

  it("counts a body without a length as it streams, and stops it at the limit", async () => {
    const answer = await send({ path: "/api/bookings", headers: { "content-type": "application/json" }, bytes: 4 * MB, chunked: true });
    expect(answer).toMatchObject({ status: 413, body: "This request is larger than 64 KB." });
    expect((await send({ path: "/api/bookings", headers: { "content-type": "application/json" }, bytes: 1000, chunked: true })).body).toBe("reached the app with 1000 bytes");
  });

  it("lets the coach's proven session send her editor's pictures and videos, up to the editor's limit", async () => {
    const coach = { ...action, cookie: "other=1; authjs.session-token=coach-link" };
    expect(await send({ path: "/admin/routines/1", headers: coach, bytes: 20 * MB })).toMatchObject({ status: 200, body: `reached the app with ${20 * MB} bytes` });
    expect(await send({ path: "/admin/routines/1", headers: coach, bytes: 20 * MB, chunked: true })).toMatchObject({ status: 200 });
    expect(await send({ path: "/admin/routines/1", headers: coach, bytes: 33 * MB })).toMatchObject({
      status: 413,
      body: "This save carries more than 32 MB of pictures and videos. Save with fewer new files, then add the rest.",
    });
    expect((await send({ path: "/admin/subscribers/import", headers: { "content-type": "text/csv", cookie: "authjs.session-token=coach-link" }, bytes: 5 * MB })).status).toBe(200);
    expect((await send({ path: "/admin/subscribers/import", headers: { "content-type": "text/csv" }, bytes: 5 * MB })).body).toBe("This request is larger than 64 KB.");
    expect((await send({ path: "/admin/subscribers/import", headers: { "content-type": "text/csv", cookie: "authjs.session-token=coach-link" }, bytes: 12 * MB })).body).toBe("The file is larger than 10 MB. Nothing was imported.");
  });

  it("lets small bodies and bodiless requests through untouched", async () => {
    expect((await send({ path: "/newsletter", headers: action, bytes: 2048 })).body).toBe("reached the app with 2048 bytes");
    expect((await send({ method: "GET", path: "/", bytes: 0 })).body).toBe("reached the app with 0 bytes");
  });

  it("answers a session cookie that is not even valid percent-encoding as a stranger's, at once", async () => {
    const answer = await send({ path: "/admin/routines/1", headers: { ...action, cookie: "authjs.session-token=%E0%A4%A" }, bytes: 2 * MB });
    expect(answer).toMatchObject({ status: 413, body: "This form is larger than 1 MB." });
  });

  it("drops a request pipelined behind a refused body, and refuses before inviting a body with Expect: 100-continue", async () => {
    const raw = (text: string) =>
      new Promise<string>((resolve) => {
        const socket = connect({ host: "127.0.0.1", port }, () => socket.write(text));
        let answer = "";
        socket.on("data", (chunk) => (answer += chunk.toString("latin1")));
        socket.on("close", () => resolve(answer));
        socket.on("error", () => resolve(answer));
        setTimeout(() => socket.destroy(), 3_000);
      });
    const chunk = "x".repeat(100 * 1024);
    const pipelined = await raw(
      `POST /api/bookings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n${chunk.length.toString(16)}\r\n${chunk}\r\n0\r\n\r\n` +
        "GET /pipelined HTTP/1.1\r\nHost: x\r\n\r\n",
    );
    expect(pipelined).toMatch(/^HTTP\/1\.1 413/);
    const seen = JSON.parse((await send({ method: "GET", path: "/__seen", bytes: 0 })).body) as string[];
    expect(seen).not.toContain("/pipelined");

    const invited = await raw("POST /courses HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: 2000000\r\nExpect: 100-continue\r\n\r\n");
    expect(invited).toMatch(/^HTTP\/1\.1 413/);
    const small = await raw("POST /newsletter HTTP/1.1\r\nHost: x\r\nNext-Action: abc\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n");
    expect(small).toMatch(/^HTTP\/1\.1 100 Continue/);
  });
});

