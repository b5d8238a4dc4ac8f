import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local calendar host for tests: serves the project's own ICS fixtures (lib/calendars/fixtures)
 * the way Google or iCloud serve a secret address (ETag, 304 on a match), plus the failures a real
 * host has: a 500, a 20 MB body, a server that never answers, a redirect and a web page.
 */
export async function startCalendarServer() {
  const calendars = new Map<string, string>();
  const requests: { path: string; headers: IncomingHttpHeaders }[] = [];
  const etagOf = (body: string) => `"${createHash("sha256").update(body).digest("hex").slice(0, 16)}"`;

  const server = createServer((req, res) => {
    const path = req.url ?? "/";
    requests.push({ path, headers: req.headers });
    if (path === "/fail.ics") return void res.writeHead(500, { "content-type": "text/plain" }).end("upstream broke");
    if (path === "/page.ics") return void res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Sign in</title>");
    if (path === "/moved.ics") return void res.writeHead(302, { location: "/calendars/all-day.ics" }).end();
    if (path === "/silent.ics") return; // never answers: the reader's time limit ends it
    if (path === "/huge.ics") {
      // 20 MB, streamed without a length, as a misbehaving host would.
      res.writeHead(200, { "content-type": "text/calendar" });
      const line = Buffer.alloc(64 * 1024, "X");
      let sent = 0;
      const pump = () => {
        while (sent < 20 * 1024 * 1024) {
          sent += line.length;
          if (!res.write(line)) return void res.once("drain", pump);
        }
        res.end();
      };
      res.on("close", () => (sent = Number.POSITIVE_INFINITY));
      return pump();
    }
    const body = calendars.get(path);
    if (body === undefined) return void res.writeHead(404).end();
    const etag = etagOf(body);
    if (req.headers["if-none-match"] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { "content-type": "text/calendar; charset=utf-8", etag, "last-modified": "Tue, 01 Dec 2026 09:00:00 GMT" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const fixtures = ["weekly-with-exception", "all-day", "free-and-busy", "across-dst"];
  for (const name of fixtures) calendars.set(`/calendars/${name}.ics`, readFileSync(new URL(`../../calendars/fixtures/${name}.ics`, import.meta.url), "utf8"));

  return {
    origin,
    url: (path: string) => `${origin}${path}`,
    /** Serves (or replaces) a calendar at a path, e.g. one a test writes itself. */
    serve: (path: string, body: string) => void calendars.set(path, body),
    requests,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

export type CalendarServer = Awaited<ReturnType<typeof startCalendarServer>>;
