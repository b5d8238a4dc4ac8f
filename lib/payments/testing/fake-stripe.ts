import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  /** The form-encoded body decoded into flat `key[sub][0]` → value pairs, as Stripe receives them. */
  form: Record<string, string>;
}

type Responder = (request: RecordedRequest, index: number) => { status: number; body: unknown; headers?: Record<string, string> };

/**
 * A stand-in for api.stripe.com on 127.0.0.1: records every request the real SDK sends and
 * answers with whatever the test scripts. The SDK is pointed at it through host/port/protocol.
 */
export async function startFakeStripe(respond: Responder) {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake-stripe");
      const form = Object.fromEntries(new URLSearchParams(raw || url.search));
      const recorded: RecordedRequest = { method: req.method ?? "GET", path: url.pathname, headers: req.headers, form };
      requests.push(recorded);
      const answer = respond(recorded, requests.length - 1);
      res.writeHead(answer.status, { "content-type": "application/json", "request-id": `req_${requests.length}`, ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
