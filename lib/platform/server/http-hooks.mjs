/**
 * Loaded before the Next.js server (`node --import`, see scripts/lib/run-next.ts and README), so
 * it sees every HTTP server the process creates and every request before Next.js does:
 *
 * - It writes the address of the connection's other end into a request header of our own,
 *   replacing whatever a client sent under that name. Route handlers cannot see the socket;
 *   without this, the only client address they have is `X-Forwarded-For`, which clients write
 *   themselves. lib/platform/http/client-address.ts combines the two under TRUST_PROXY.
 * - It keeps the requests in flight, so a shutdown that runs out of time can name what it cut off.
 * - It holds every request body to a limit before Next.js reads a byte (body-limits.mjs): 413 at
 *   once for a declared length over it, or as soon as a chunked body passes it; larger only for
 *   the coach's forms, after her session cookie has been checked (coach-session.mjs).
 * - On SIGTERM it closes idle keep-alive connections and answers `Connection: close` on the rest.
 * - It sets the security headers on every response. Next.js's `headers()` would do the same, but
 *   it compiles each header value that contains a colon (the CSP's sources) as a path template on
 *   every request: an eighth of a cached page's time. Responses may still set their own (the
 *   uploads route sets a stricter CSP).
 *
 * Plain JavaScript because Node loads it before any TypeScript tooling exists in the process.
 */
import http from "node:http";
import https from "node:https";
import { bodyPolicy, declaredLength } from "./body-limits.mjs";
import { isCoachSession } from "./coach-session.mjs";
import { SECURITY_HEADERS } from "./security-headers.mjs";

// The same name as in lib/platform/http/client-address.ts (a test holds the two together).
const PEER_ADDRESS_HEADER = "x-coach-peer-address";

const state = (globalThis.__coachHttp ??= { inFlight: new Set(), servers: new Set(), stopping: false });


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

/**
 * Answers a request itself, before Next.js sees it, closing the connection after the answer (the
 * rest of an unread body is drained for a moment, see lingerBeforeClose).
 */
function refuse(request, response, status, message) {
  if (request.socket) {
    // Whatever else comes on this connection (a request pipelined behind the refused body) is dropped.
    request.socket.__coachRefused = true;
    request.socket.__coachRequest = request;
    lingerBeforeClose(request.socket);
  }
  if (response.headersSent) return void request.socket?.destroySoon?.();
  for (const [name, value] of SECURITY_HEADERS) response.setHeader(name, value);
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
  response.end(message);
}

/**
 * A body without a declared length (chunked) is counted as it streams in: past the limit the
 * request gets its 413 at once and no further byte reaches Next.js.
 */
function countWhileStreaming(request, response, limit, message) {
  let seen = 0;
  const push = request.push;
  request.push = function countedPush(chunk, encoding) {
    if (chunk) {
      seen += chunk.length;
      if (seen > limit) {
        request.push = () => false;
        refuse(request, response, 413, message);
        return false;
      }
    }
    return push.call(this, chunk, encoding);
  };
}

/**
 * The body limit (lib/platform/server/body-limits.mjs), applied before Next.js reads a byte. Returns true
 * when the request was answered or is waiting for the coach's session to be checked; false when
 * it may go on to Next.js now.
 */
function holdToBodyLimit(request, response, go) {
  const policy = bodyPolicy(request.method, request.url, request.headers);
  if (!policy) return false;
  const declared = declaredLength(request.headers);
  if (Number.isNaN(declared)) {
    refuse(request, response, 400, "The Content-Length header is not a number.");
    return true;
  }
  const admit = (limit) => {
    if (declared !== null && declared > limit) return void refuse(request, response, 413, policy.message(limit));
    if (declared === null) countWhileStreaming(request, response, limit, policy.message(limit));
    go();
  };
  if (policy.coachLimit && (declared === null || declared > policy.limit)) {
    // Only the coach may send more; until her cookie is checked, nothing is read.
    isCoachSession(request.headers.cookie).then(
      (coach) => admit(coach ? policy.coachLimit : policy.limit),
      () => admit(policy.limit),
    );
    return true;
  }
  if (declared !== null && declared > policy.limit) {
    refuse(request, response, 413, policy.message(policy.limit));
    return true;
  }
  if (declared === null) countWhileStreaming(request, response, policy.limit, policy.message(policy.limit));
  return false;
}

function instrument(server) {
  state.servers.add(server);
  const emit = server.emit;
  server.emit = function emitWithinLimits(event, request, response) {
    if ((event === "request" || event === "checkContinue") && request.socket?.__coachRefused) {
      request.socket.destroy();
      return true;
    }
    if (event === "request") {
      const args = arguments;
      if (holdToBodyLimit(request, response, () => emit.apply(this, args))) return true;
    }
    if (event === "checkContinue") {
      // `Expect: 100-continue`: the body is invited only once it is within its limit.
      const proceed = () => {
        response.writeContinue();
        emit.call(this, "request", request, response);
      };
      if (!holdToBodyLimit(request, response, proceed)) proceed();
      return true;
    }
    return emit.apply(this, arguments);
  };
  // With a listener, Node asks before sending "100 Continue" (emitWithinLimits answers; this never runs).
  server.on("checkContinue", () => {});
  server.prependListener("request", (request, response) => {
    // Shutting down: this answer is the connection's last, so a keep-alive client moves on.
    if (state.stopping) response.setHeader("Connection", "close");
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

/**
 * On SIGTERM or SIGINT, before Next.js closes its server: every answer from now on says
 * `Connection: close`, and connections that sit idle between requests are closed, now and every
 * quarter second, so clients that keep connections alive cannot hold the shutdown open (Next.js's
 * server.close() waits for every connection to end). lib/platform/shutdown.ts keeps the deadline.
 */
function beginStopping(signal) {
  if (state.stopping) return;
  state.stopping = true;
  const closeIdle = () => {
    for (const server of state.servers) server.closeIdleConnections?.();
  };
  closeIdle();
  setInterval(closeIdle, 250).unref();
  // Alone with the signal (a process that is not the app's server), do what Node would have done.
  if (process.listenerCount(signal) === 1) process.exit(128 + (signal === "SIGINT" ? 2 : 15));
}
process.on("SIGTERM", () => beginStopping("SIGTERM"));
process.on("SIGINT", () => beginStopping("SIGINT"));

for (const protocol of [http, https]) {
  const createServer = protocol.createServer;
  protocol.createServer = function (...args) {
    const server = createServer.apply(this, args);
    instrument(server);
    return server;
  };
}
