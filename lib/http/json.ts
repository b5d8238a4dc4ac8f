import type { z } from "zod";

export type ParsedBody<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Reads a JSON request body and parses it with a schema. On failure the caller gets a finished
 * response: 400 for a body that is not JSON, 422 naming each field that is wrong.
 */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<ParsedBody<z.infer<S>>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return { ok: false, response: Response.json({ error: "Send a JSON body." }, { status: 400 }) };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join(".") || "body", issue.message]));
    return { ok: false, response: Response.json({ error: "Some fields need attention.", errors }, { status: 422 }) };
  }
  return { ok: true, data: parsed.data };
}
