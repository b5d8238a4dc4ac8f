import { request as httpRequest } from "node:http";

/**
 * A minimal HTTP client for the surge: each visitor connects from its own loopback address
 * (127.x.y.z all reach this machine), so the app sees distinct clients on the socket itself, the
 * way it does behind no proxy. No keep-alive, no retries, a hard cap on how long one request may
 * take: a request that hangs is exactly what the surge is looking for.
 */

export const REQUEST_CAP_MS = 30_000;

export interface SurgeResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  ms: number;
  /** The cap ran out before an answer came. */
  hung: boolean;
  /** The connection failed (reset, refused). */
  error?: string;
}

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** One simulated visitor: its own source address and its own cookies. */
export class Visitor {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly address: string,
  ) {}

  async send(path: string, options: RequestOptions = {}): Promise<SurgeResponse> {
    const url = new URL(path, this.baseUrl);
    const started = Date.now();
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    return new Promise((resolve) => {
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: `${url.pathname}${url.search}`,
          method: options.method ?? "GET",
          localAddress: this.address,
          agent: false,
          headers: { ...(cookie ? { cookie } : {}), ...options.headers, connection: "close" },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.on("end", () => {
            clearTimeout(timer);
            for (const line of res.headers["set-cookie"] ?? []) {
              const [pair] = line.split(";");
              const at = pair!.indexOf("=");
              const name = pair!.slice(0, at).trim();
              const value = pair!.slice(at + 1).trim();
              if (/max-age=0|expires=thu, 01 jan 1970/i.test(line) || value === "") this.cookies.delete(name);
              else this.cookies.set(name, value);
            }
            const headers = Object.fromEntries(Object.entries(res.headers).map(([key, value]) => [key, Array.isArray(value) ? value.join(", ") : String(value ?? "")]));
            resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).toString("utf8"), ms: Date.now() - started, hung: false });
          });
          res.on("error", (error) => finish({ error: error.message }));
        },
      );
      let settled = false;
      const finish = (outcome: { hung?: boolean; error?: string }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.destroy();
        resolve({ status: 0, headers: {}, body: "", ms: Date.now() - started, hung: outcome.hung ?? false, error: outcome.error });
      };
      const timer = setTimeout(() => finish({ hung: true }), REQUEST_CAP_MS);
      req.on("error", (error) => finish({ error: error.message }));
      if (options.body !== undefined) req.write(options.body);
      req.end();
    });
  }

  json(path: string, body: unknown, headers: Record<string, string> = {}) {
    return this.send(path, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  }

  form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
    return this.send(path, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /**
   * Calls a server action the way Next.js's client does: the action's id in `Next-Action` and the
   * arguments as React 19 encodes a form (`[previousState, "$K1"]`, the form's fields prefixed `_1_`).
   */
  action(page: string, actionId: string, fields: Record<string, string>, withPreviousState = true, files: Record<string, { filename: string; type: string; bytes: Uint8Array }> = {}) {
    const boundary = `----surge${Math.random().toString(16).slice(2)}`;
    // The form's entries first and the root ("0") last, in the order React's client writes them:
    // the server reads a form's entries up to where the root begins.
    const parts: Buffer[] = [
      ...Object.entries(fields).map(([key, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_1_${key}"\r\n\r\n${value}\r\n`)),
      ...Object.entries(files).flatMap(([key, file]) => [
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="_1_${key}"; filename="${file.filename}"\r\nContent-Type: ${file.type}\r\n\r\n`),
        Buffer.from(file.bytes),
        Buffer.from("\r\n"),
      ]),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${withPreviousState ? '[{},"$K1"]' : '["$K1"]'}\r\n--${boundary}--\r\n`),
    ];
    const body = Buffer.concat(parts);
    return this.send(page, {
      method: "POST",
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        // As a browser does: the hooks refuse a public server action that does not say its length.
        "content-length": String(body.byteLength),
        "next-action": actionId,
        accept: "text/x-component",
        origin: this.baseUrl,
      },
      body,
    });
  }
}

/**
 * Distinct loopback addresses, a block per burst so that no limit carries over from one burst
 * to the next: block 3 gives 127.3.0.2, 127.3.0.3, …
 */
export function addresses(block: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `127.${block}.${Math.floor((index + 2) / 250)}.${((index + 2) % 250) + 1}`);
}
