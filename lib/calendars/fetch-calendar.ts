import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { isPublicAddress } from "./public-address";

/**
 * Reads a calendar address the way a polite calendar client does: a conditional GET with the
 * last read's ETag and Last-Modified, a time limit for the whole read, a size limit, a few
 * redirects, and never into a private network unless the operator allows it (an address typed
 * into the back office must not become a way to probe the server's own network).
 */

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  /** Allows loopback and private addresses (local development and the tests' fixture server). */
  allowPrivateAddresses: boolean;
}

export type FetchResult =
  | { status: "not-modified" }
  | { status: "ok"; body: string; etag: string | null; lastModified: string | null };

export class CalendarFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CalendarFetchError";
  }
}

const MAX_REDIRECTS = 3;

/** Anything but an address on the public internet (see public-address.ts). */
export function isPrivateAddress(address: string): boolean {
  return !isPublicAddress(address);
}

/** webcal:// is https:// by another name; anything else but http(s) is refused. */
export function calendarUrl(address: string): URL | null {
  let url: URL;
  try {
    url = new URL(address.trim().replace(/^webcals?:\/\//i, "https://"));
  } catch {
    return null;
  }
  return url.protocol === "https:" || url.protocol === "http:" ? url : null;
}

/** Resolves like the platform does, then refuses private answers: checked where the socket connects, so DNS cannot switch after a check. */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: object, callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options }, (error, address, family) => {
      if (error) return callback(error, address as string, family);
      const addresses = Array.isArray(address) ? address.map((entry) => entry.address) : [address as string];
      if (!allowPrivate && addresses.some(isPrivateAddress)) {
        return callback(Object.assign(new Error("private address"), { code: "EPRIVATE" }), address as string, family);
      }
      callback(null, address as string | LookupAddress[], family);
    });
  };
}

function describe(error: unknown, host: string, limits: FetchLimits): string {
  if (error instanceof CalendarFetchError) return error.message;
  const code = (error as { code?: string }).code;
  if (code === "EPRIVATE") return `“${host}” is an address inside a private network, which is not read.`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `No server called “${host}” was found. Check the address.`;
  if (code === "ECONNREFUSED") return `The server “${host}” refused the connection.`;
  if (code === "ETIMEDOUT" || code === "ABORT_ERR" || code === "ECONNRESET") return `The calendar server did not answer within ${Math.round(limits.timeoutMs / 1000)} seconds.`;
  if (code?.startsWith("ERR_TLS") || code?.includes("CERT")) return `The secure connection to “${host}” failed (${code}).`;
  return `The calendar could not be read (${code ?? (error instanceof Error ? error.message : String(error))}).`;
}

function statusMessage(status: number, reason: string | undefined): string {
  const said = `${status}${reason ? ` ${reason}` : ""}`;
  if (status === 401 || status === 403 || status === 404 || status === 410) {
    return `The calendar server answered “${said}”: the address may be wrong or renewed. Copy the secret address from the calendar again.`;
  }
  return `The calendar server answered “${said}”. It will be tried again in a few minutes.`;
}

function get(url: URL, headers: Record<string, string>, limits: FetchLimits, signal: AbortSignal): Promise<IncomingMessage> {
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(url, { method: "GET", headers, signal, lookup: guardedLookup(limits.allowPrivateAddresses) as never }, resolve);
    request.on("error", reject);
    request.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new CalendarFetchError(`The calendar is larger than ${Math.round(maxBytes / 1_000_000)} MB, so it was not read.`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      response.destroy();
      throw new CalendarFetchError(`The calendar is larger than ${Math.round(maxBytes / 1_000_000)} MB, so reading stopped.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

export async function fetchCalendar(address: string, validators: { etag: string | null; lastModified: string | null }, limits: FetchLimits): Promise<FetchResult> {
  let url = calendarUrl(address);
  if (!url) throw new CalendarFetchError("The address must start with https://, http:// or webcal://.");
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const headers: Record<string, string> = { accept: "text/calendar, */*;q=0.5", "user-agent": "Stillpoint calendar reader" };
  if (validators.etag) headers["if-none-match"] = validators.etag;
  if (validators.lastModified) headers["if-modified-since"] = validators.lastModified;
  try {
    for (let redirects = 0; ; redirects += 1) {
      if (!limits.allowPrivateAddresses && isIP(url.hostname.replace(/^\[|\]$/g, "")) && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ""))) {
        throw Object.assign(new Error("private address"), { code: "EPRIVATE" });
      }
      const response = await get(url, headers, limits, signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && status !== 304 && response.headers.location) {
        response.resume();
        if (redirects >= MAX_REDIRECTS) throw new CalendarFetchError("The calendar address redirects too many times.");
        const next = calendarUrl(new URL(response.headers.location, url).toString());
        if (!next) throw new CalendarFetchError("The calendar address redirects somewhere that is not a web address.");
        url = next;
        continue;
      }
      if (status === 304) {
        response.resume();
        return { status: "not-modified" };
      }
      if (status < 200 || status >= 300) {
        response.resume();
        throw new CalendarFetchError(statusMessage(status, response.statusMessage));
      }
      const body = await readBody(response, limits.maxBytes);
      const header = (name: string) => {
        const value = response.headers[name];
        return typeof value === "string" ? value : null;
      };
      return { status: "ok", body, etag: header("etag"), lastModified: header("last-modified") };
    }
  } catch (error) {
    if (signal.aborted) throw new CalendarFetchError(`The calendar server did not answer within ${Math.round(limits.timeoutMs / 1000)} seconds.`);
    throw new CalendarFetchError(describe(error, url.hostname, limits));
  }
}
