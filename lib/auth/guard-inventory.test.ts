import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every mutation names its guard (DESIGN.md, "Trust boundaries"). This reads the source: every
 * server action (each export of a "use server" file) and every route handler that writes (POST,
 * PUT, PATCH, DELETE, and the GET routes listed as having an effect) must either call a guard that
 * checks a session (requireAdmin, requireUser, requireLearner), or be listed below with the proof
 * the request itself carries. A new unguarded action fails here before it ships.
 */
const SESSION_GUARDS = /^(?:\(\) => )?(requireAdmin|requireUser|requireLearner)\b/;

/** "file#export": why no session guard is needed. Keep each reason true. */
export const OPEN_MUTATIONS: Record<string, string> = {
  "app/(site)/sign-in/actions.ts#requestMagicLink": "anyone may ask for a link: it only mails the address typed; limited per network and per address, answered the same either way",
  "app/(site)/courses/[slug]/actions.ts#buyCourse": "anyone may open a checkout: it writes a pending order and a provider session, limited per network; nothing is granted until the provider's signed event",
  "app/(site)/checkout/local/[session]/actions.ts#finishLocalCheckout": "the checkout's own browser binding (httpOnly cookie) is checked against the order's hash; test payments only",
  "app/(site)/checkout/local/[session]/actions.ts#runTestBilling": "currentUser: only the plan's signed-in buyer, or the holder of the open invoice's own address (mayRunTestBilling); test payments only",
  "app/(site)/consultation/book/actions.ts#bookConsultation": "anyone may book a free consultation (its inner action `book`); limited per network, idempotency key, the database refuses double booking",
  "app/(site)/bookings/[token]/actions.ts#cancelBooking": "the booking's manage token in the URL, sent only to the booker",
  "app/(site)/bookings/[token]/actions.ts#moveBooking": "the booking's manage token in the URL, sent only to the booker",
  "app/(site)/newsletter/preferences/[token]/actions.ts#resubscribe": "the subscriber's signed preferences token in the URL, sent only to them",
  "app/account/actions.ts#signOutAction": "ends only the session whose cookie the request carries; a request without one changes nothing",
  "app/account/actions.ts#confirmErasure": "the erasure token emailed to the address (signed, an hour): proof of the mailbox, as the sign-in link is",
  "app/dev/mailbox/actions.ts#simulateDeliveryEvent": "development and e2e only: 404 unless the dev tools are on (never in production); it posts a signed event to our own webhook",
  "app/api/auth/[...nextauth]/route.ts#POST": "Auth.js: CSRF token for its forms; a sign-in needs the emailed link's token; limited per network and address",
  "app/api/bookings/route.ts#POST": "anyone may book a free consultation (the JSON twin of the form); limited per network, idempotency key, exclusion constraint",
  "app/api/check-ins/route.ts#POST": "currentUser: the signed-in person's own check-ins, 401 without a session; same-origin only",
  "app/api/newsletter/subscribe/route.ts#POST": "anyone may ask to subscribe: double opt-in, nothing is sent but the confirmation; limited per network",
  "app/api/newsletter/unsubscribe/[token]/route.ts#POST": "the signed unsubscribe token in the URL (RFC 8058 one-click)",
  "app/api/resend/webhook/route.ts#POST": "Resend's signature (Standard Webhooks) on the raw body",
  "app/api/stripe/webhook/route.ts#POST": "Stripe's signature on the raw body; each event id recorded once",
  "app/(site)/checkout/enter/route.ts#GET": "the checkout's browser binding cookie, spent once; opens only a course session without a role (decision 0022)",
  "app/api/calendar/[file]/route.ts#GET": "reads only: the feed's HMAC token; listed because it answers outsiders",
};

/** GET routes with an effect or that answer outside services: checked like writing routes. */
const EFFECTFUL_GETS = ["app/(site)/checkout/enter/route.ts", "app/api/calendar/[file]/route.ts"];

export interface Mutation {
  id: string;
  guard: string | null;
}

/** Each exported action of a "use server" file, with the guard it names (or null). */
export function serverActions(file: string, source: string): Mutation[] {
  if (!/^\s*["']use server["']/m.test(source)) return [];
  const found: Mutation[] = [];
  const guardOf = (from: number) => /guard:\s*([^\n]+?),?\s*\n/.exec(source.slice(from, from + 800))?.[1]?.trim() ?? null;
  for (const match of source.matchAll(/export const (\w+) = (?:formAction|commandAction)\(\{/g)) found.push({ id: `${file}#${match[1]}`, guard: guardOf(match.index) });
  for (const match of source.matchAll(/export async function (\w+)\(/g)) {
    // A plain async action must call a guard itself, or hand the form to a guarded action of this file.
    const body = source.slice(match.index, source.indexOf("\n}\n", match.index));
    const direct = /await (requireAdmin|requireUser|requireLearner)\(/.exec(body)?.[1];
    const inner = [...source.matchAll(/const (\w+) = (?:formAction|commandAction)\(\{/g)].find((candidate) => new RegExp(`await ${candidate[1]}\\(`).test(body));
    found.push({ id: `${file}#${match[1]}`, guard: direct ?? (inner ? guardOf(inner.index) : null) });
  }
  for (const match of source.matchAll(/export (?:const|let|var|function) (\w+)/g)) {
    if (!found.some((item) => item.id === `${file}#${match[1]}`)) found.push({ id: `${file}#${match[1]}`, guard: null });
  }
  return found;
}

/** Each writing handler of a route file, with the guard it calls (or null). */
export function routeHandlers(file: string, source: string): Mutation[] {
  const methods = ["POST", "PUT", "PATCH", "DELETE", ...(EFFECTFUL_GETS.includes(file) ? ["GET"] : [])];
  const guard = /await (requireAdmin|requireUser|requireLearner)\(/.exec(source)?.[1] ?? null;
  return methods.filter((method) => new RegExp(`export (const|async function) ${method}\\b`).test(source)).map((method) => ({ id: `${file}#${method}`, guard }));
}

/** What is wrong with these mutations: unguarded ones not on the list, and list entries that no longer exist. */
export function guardProblems(mutations: Mutation[], open: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const { id, guard } of mutations) {
    if (guard && SESSION_GUARDS.test(guard)) continue;
    if (!open[id]) problems.push(`${id} names no session guard (${guard ?? "none"}) and is not in OPEN_MUTATIONS with the proof its request carries`);
  }
  for (const id of Object.keys(open)) if (!mutations.some((mutation) => mutation.id === id)) problems.push(`${id} is in OPEN_MUTATIONS but no longer exists`);
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("every mutation names its guard", () => {
  const root = process.cwd();
  const mutations = sourceFiles(join(root, "app")).flatMap((path) => {
    const file = relative(root, path);
    const source = readFileSync(path, "utf8");
    return [...serverActions(file, source), ...(/\/route\.tsx?$/.test(file) ? routeHandlers(file, source) : [])];
  });

  it("finds the app's actions and writing routes", () => {
    expect(mutations.length).toBeGreaterThan(60);
    expect(mutations.map((mutation) => mutation.id)).toContain("app/admin/people/actions.ts#erasePersonByCoach");
    expect(mutations.map((mutation) => mutation.id)).toContain("app/api/stripe/webhook/route.ts#POST");
  });

  it("each calls a session guard, or is listed with the proof its request carries", () => {
    expect(guardProblems(mutations, OPEN_MUTATIONS)).toEqual([]);
  });

  it("fails on an action that forgets its guard, or guards with nobody off the list", () => {
    const unguarded = `"use server";\nexport const wipe = commandAction({\n  guard: nobody,\n  schema,\n});\nexport async function raw(form: FormData) {\n  await services();\n}\n`;
    expect(guardProblems(serverActions("app/admin/x/actions.ts", unguarded), {})).toEqual([
      expect.stringContaining("app/admin/x/actions.ts#wipe names no session guard (nobody)"),
      expect.stringContaining("app/admin/x/actions.ts#raw names no session guard (none)"),
    ]);
    const route = `export const POST = async (request: Request) => { await services(); };`;
    expect(guardProblems(routeHandlers("app/api/x/route.ts", route), {})).toEqual([expect.stringContaining("app/api/x/route.ts#POST")]);
    const guarded = `"use server";\nexport const keep = formAction({\n  guard: () => requireAdmin(),\n  schema,\n});\n`;
    expect(guardProblems(serverActions("app/admin/y/actions.ts", guarded), {})).toEqual([]);
  });
});
