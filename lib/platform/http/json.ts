import type { z } from "zod";
import { allFieldErrors } from "@/lib/platform/validation/field-errors";

/**
 * The most a request body may be, per kind of endpoint (README lists them). Bodies are measured
 * while they stream in and refused with 413 the moment they pass the limit, before anything is
 * parsed and before a rate limit spends a database round trip on them.
 */
export const BODY_LIMITS = {
  /** JSON APIs and forms: a booking with long answers is a few kilobytes. */
  json: 64 * 1024,
  /** Stripe's events are small, but a checkout with many line items can reach some hundred kilobytes. */
  stripeWebhook: 1024 * 1024,
  /** Resend's delivery events. */
  resendWebhook: 256 * 1024,
} as const;

export type ReadBody = { ok: true; text: string } | { ok: false; response: Response };

function tooLarge(maxBytes: number): Response {
  return Response.json({ error: `The request body is larger than ${Math.round(maxBytes / 1024)} KB.` }, { status: 413, headers: { Connection: "close" } });
}

/** The body as UTF-8 text, at most `maxBytes`; never holds more than that in memory. */
export async function readBoundedText(request: Request, maxBytes: number): Promise<ReadBody> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return { ok: false, response: tooLarge(maxBytes) };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: tooLarge(maxBytes) };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, response: Response.json({ error: "The request body is not valid UTF-8." }, { status: 400 }) };
  }
}

export type ParsedBody<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Reads a JSON request body (bounded) and parses it with a schema. On failure the caller gets a
 * finished response: 413 for a body over the limit, 400 for one that is not JSON, 422 naming each
 * field that is wrong, all at once.
 */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes: number = BODY_LIMITS.json): Promise<ParsedBody<z.infer<S>>> {
  const read = await readBoundedText(request, maxBytes);
  if (!read.ok) return read;
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return { ok: false, response: Response.json({ error: "Send a JSON body." }, { status: 400 }) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, response: Response.json({ error: "Some fields need attention.", errors: allFieldErrors(parsed.error, "body") }, { status: 422 }) };
  }
  return { ok: true, data: parsed.data };
}

/** A form post (urlencoded or JSON), bounded, as a plain record of strings. */
export async function readFormOrJson(request: Request, maxBytes: number = BODY_LIMITS.json): Promise<{ ok: true; isJson: boolean; fields: Record<string, unknown> } | { ok: false; response: Response }> {
  const isJson = request.headers.get("content-type")?.includes("application/json") ?? false;
  const read = await readBoundedText(request, maxBytes);
  if (!read.ok) return read;
  try {
    const fields = isJson ? (JSON.parse(read.text) as unknown) : Object.fromEntries(new URLSearchParams(read.text));
    if (fields === null || typeof fields !== "object" || Array.isArray(fields)) throw new Error("not an object");
    return { ok: true, isJson, fields: fields as Record<string, unknown> };
  } catch {
    return { ok: false, response: Response.json({ error: "Send a form or a JSON body." }, { status: 400 }) };
  }
}
