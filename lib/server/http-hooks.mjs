/**
 * Loaded before the Next.js server (`node --import`, see scripts/lib/run-next.ts and README), so
 * it sees every HTTP server the process creates and every request before Next.js does:
 *
 * - It writes the address of the connection's other end into a request header of our own,
 *   replacing whatever a client sent under that name. Route handlers cannot see the socket;
 *   without this, the only client address they have is `X-Forwarded-For`, which clients write
 *   themselves. lib/http/client-address.ts combines the two under TRUST_PROXY.
 * - It keeps the requests in flight, so a shutdown that runs out of time can name what it cut off.
 * - It holds server actions outside the back office to 1 MB (actionBodyRefusal below).
 * - It sets the security headers on every response. Next.js's `headers()` would do the same, but
 *   it compiles each header value that contains a colon (the CSP's sources) as a path template on
 *   every request: an eighth of a cached page's time. Responses may still set their own (the
 *   uploads route sets a stricter CSP).
 *
 * Plain JavaScript because Node loads it before any TypeScript tooling exists in the process.
 */
import http from "node:http";
import https from "node:https";
import { SECURITY_HEADERS } from "./security-headers.mjs";

// The same name as in lib/http/client-address.ts (a test holds the two together).
const PEER_ADDRESS_HEADER = "x-coach-peer-address";

const state = (globalThis.__coachHttp ??= { inFlight: new Set(), servers: new Set() });


/** How long a refused upload may keep streaming in after its answer (see lingerBeforeClose). */
const LINGER_MS = 2_000;

/**
 * An answer to a body that was not read to its end (a 413 for a 200 MB body) closes the
 * connection. Closed at once, with the client's bytes still unread, the kernel answers them with a
 * reset, and a client still writing loses the answer it was sent: it sees EPIPE or "connection
 * reset" instead of "larger than 64 KB". Like nginx's lingering close, the write side is ended
 * first and the rest of the body read and dropped for a moment before the socket goes.
 */
function lingerBeforeClose(socket) {
  if (socket.__coachLinger) return;
  socket.__coachLinger = true;
  const destroySoon = socket.destroySoon;
  socket.destroySoon = function lingeringDestroySoon() {
    const request = socket.__coachRequest;
    if (!request || request.complete || this.destroyed) return destroySoon.call(this);
    this.end();
    request.resume();
    this.resume();
    const timer = setTimeout(() => this.destroy(), LINGER_MS);
    timer.unref();
    this.once("close", () => clearTimeout(timer));
  };
}

/** Public forms (newsletter, booking, sign-in) send a few KB; the coach's editors send pictures. */
const PUBLIC_ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * Next.js has one body limit for every server action, raised in next.config.ts so the routine
 * editor can send step videos. Outside /admin a server action (a POST with a `Next-Action`
 * header) must declare its length, and at most 1 MB, or it is answered here before Next.js reads
 * a byte: browsers always declare the length of a form they send, and a body without one
 * (chunked) could otherwise stream up to the raised limit into memory.
 * Returns [status, message] to refuse, or null.
 */
export function actionBodyRefusal(method, url, headers) {
  if (method !== "POST" || !headers["next-action"]) return null;
  const path = (url ?? "").split("?")[0];
  if (path === "/admin" || path.startsWith("/admin/")) return null;
  const declared = headers["content-length"];
  if (declared === undefined) return [411, "Send the form's length (Content-Length)."];
  if (!/^\d+$/.test(declared) || Number(declared) > PUBLIC_ACTION_BODY_LIMIT) return [413, "This form is larger than 1 MB."];
  return null;
}

function instrument(server) {
  state.servers.add(server);
  const emit = server.emit;
  server.emit = function emitUnlessRefused(event, request, response) {
    if (event === "request") {
      const refusal = actionBodyRefusal(request.method, request.url, request.headers);
      if (refusal) {
        if (request.socket) {
          request.socket.__coachRequest = request;
          lingerBeforeClose(request.socket);
        }
        for (const [name, value] of SECURITY_HEADERS) response.setHeader(name, value);
        response.writeHead(refusal[0], { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
        response.end(refusal[1]);
        return true;
      }
    }
    return emit.apply(this, arguments);
  };
  server.prependListener("request", (request, response) => {
    if (request.socket) {
      request.socket.__coachRequest = request;
      lingerBeforeClose(request.socket);
    }
    request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    for (const [name, value] of SECURITY_HEADERS) response.setHeader(name, value);
    const entry = { method: request.method ?? "GET", path: (request.url ?? "").split("?")[0].slice(0, 200), startedAt: Date.now() };
    state.inFlight.add(entry);
    response.once("close", () => state.inFlight.delete(entry));
  });
}

for (const protocol of [http, https]) {
  const createServer = protocol.createServer;
  protocol.createServer = function (...args) {
    const server = createServer.apply(this, args);
    instrument(server);
    return server;
  };
}
