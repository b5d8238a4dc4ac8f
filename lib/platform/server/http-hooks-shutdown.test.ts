import { spawn } from "node:child_process";
import { Agent, request } from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A server that shuts down like Next.js's (server.close, then exit once every connection has
 * ended), with the hooks loaded, and clients that keep their connections alive and busy.
 */
describe("SIGTERM with keep-alive clients", () => {
  it("closes their connections instead of waiting for them: the last answers say Connection: close", async () => {
    const script = `
      const http = require("node:http");
      const server = http.createServer((req, res) => setTimeout(() => res.end("ok"), 5));
      server.keepAliveTimeout = 60_000;
      process.on("SIGTERM", () => server.close(() => process.exit(0)));
      server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;
    const child = spawn(process.execPath, ["--import", path.resolve("lib/platform/server/http-hooks.mjs"), "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    const port = await new Promise<number>((resolve) => child.stdout.once("data", (data: Buffer) => resolve(Number(String(data).trim()))));
    let exited = false;
    const exit = new Promise<void>((resolve) => child.once("exit", () => resolve(void (exited = true))));

    const agent = new Agent({ keepAlive: true, maxSockets: 10 });
    const closeAnswers: string[] = [];
    let answersAfterExit = 0;
    const ask = () =>
      new Promise<void>((resolve) => {
        const req = request({ host: "127.0.0.1", port, path: "/", agent }, (res) => {
          if (res.headers.connection === "close") closeAnswers.push(String(res.headers.connection));
          res.resume();
          res.on("end", () => resolve());
        });
        req.on("error", () => resolve());
        req.end();
      });
    // Ten clients, each asking again as soon as it is answered, for at most 3,000 requests each.
    const clients = Array.from({ length: 10 }, async () => {
      for (let index = 0; index < 3_000 && !exited; index += 1) await ask();
      if (!exited) answersAfterExit += 1;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    child.kill("SIGTERM");
    await Promise.all(clients);
    agent.destroy();
    // Without the hooks' help the busy connections never end and the clients run out first.
    expect(answersAfterExit).toBe(0);
    await exit;
    expect(closeAnswers.length).toBeGreaterThan(0);
  });
});
