/**
 * How large a request's body may be, decided from its method, path and headers before a byte of
 * it is read (lib/platform/server/http-hooks.mjs applies it). Every request with a body has a limit; only
 * the coach's own forms may be larger, and only once her session has been checked
 * (lib/platform/server/coach-session.mjs), so a stranger cannot make the server read megabytes by posting
 * to an /admin address.
 *
 * Plain JavaScript: the hooks load before any TypeScript tooling.
 */
const KB = 1024;
const MB = 1024 * KB;

export const BODY_LIMITS = Object.freeze({
  /** JSON APIs, url-encoded posts (the sign-in form) and any other kind of body. */
  small: 64 * KB,
  /** Forms as browsers send them to server actions and pages (newsletter, booking, reflections). */
  form: 1 * MB,
  /** Stripe's and Resend's event deliveries. */
  webhook: 1 * MB,
  /**
   * The coach's largest form: the routine editor's cover picture (5 MB) and a step's video (15 MB)
   * with room for a few pictures more. next.config.ts gives server actions the same limit, and the
   * editor counts the files before it sends them.
   */
  coachForm: 32 * MB,
  /** The subscriber import's CSV (10 MB; the route answers the last megabyte itself). */
  coachImport: 11 * MB,
});

const inMegabytes = (bytes) => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / KB)} KB`);

/**
 * The policy for one request: `limit` for anyone, `coachLimit` once the session is the coach's;
 * null when the request carries no body. `message(limit)` is the 413's sentence.
 */
export function bodyPolicy(method, url, headers) {
  const chunked = /\bchunked\b/i.test(headers["transfer-encoding"] ?? "");
  const declared = headers["content-length"];
  if (!chunked && (declared === undefined || declared === "0") && (method === "GET" || method === "HEAD" || method === "OPTIONS" || declared === "0")) return null;
  const path = (url ?? "").split("?")[0];
  const admin = path === "/admin" || path.startsWith("/admin/");
  const type = String(headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  const form = Boolean(headers["next-action"]) || type === "multipart/form-data";

  if (admin && path === "/admin/subscribers/import") {
    return {
      limit: BODY_LIMITS.small,
      coachLimit: BODY_LIMITS.coachImport,
      message: (limit) => (limit === BODY_LIMITS.coachImport ? "The file is larger than 10 MB. Nothing was imported." : `This request is larger than ${inMegabytes(limit)}.`),
    };
  }
  if (admin && form) {
    return {
      limit: BODY_LIMITS.form,
      coachLimit: BODY_LIMITS.coachForm,
      message: (limit) => (limit === BODY_LIMITS.coachForm ? `This save carries more than ${inMegabytes(limit)} of pictures and videos. Save with fewer new files, then add the rest.` : `This form is larger than ${inMegabytes(limit)}.`),
    };
  }
  if (path === "/api/stripe/webhook" || path === "/api/resend/webhook") return { limit: BODY_LIMITS.webhook, coachLimit: null, message: (limit) => `This event is larger than ${inMegabytes(limit)}.` };
  if (form) return { limit: BODY_LIMITS.form, coachLimit: null, message: (limit) => `This form is larger than ${inMegabytes(limit)}.` };
  return { limit: BODY_LIMITS.small, coachLimit: null, message: (limit) => `This request is larger than ${inMegabytes(limit)}.` };
}

/**
 * The declared length as a number; null when the body is chunked (its size is only known as it
 * streams); NaN when the header is not a plain number.
 */
export function declaredLength(headers) {
  const declared = headers["content-length"];
  if (declared === undefined) return null;
  return /^\d{1,15}$/.test(declared) ? Number(declared) : Number.NaN;
}
