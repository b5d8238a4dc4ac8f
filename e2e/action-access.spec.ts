import { readFileSync } from "node:fs";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import postgres from "postgres";
import { expect, test } from "./fixtures";
import { COACH_EMAIL, MEMBER_STATE } from "./support/accounts";

/**
 * Every server action in the build, called directly (the way an attacker would: a form post naming
 * the action, no page needed) as an anonymous visitor and as a signed-in person without the admin
 * role. The list comes from the build's own manifest, so an action added later is covered without
 * touching this file, and a new action is assumed to need a guard unless it is named below.
 */

/** Actions meant for anyone; what protects them is a secret in the request (a token, a session id) or nothing at all. */
const PUBLIC_ACTIONS = new Set([
  "app/(site)/sign-in/actions.ts#requestMagicLink",
  "app/(site)/consultation/book/actions.ts#bookConsultation",
  "app/(site)/bookings/[token]/actions.ts#cancelBooking",
  "app/(site)/bookings/[token]/actions.ts#moveBooking",
  "app/(site)/courses/[slug]/actions.ts#buyCourse",
  "app/(site)/checkout/local/[session]/actions.ts#finishLocalCheckout",
  // The local provider's stand-in for Stripe's monthly billing: only exists when payments run locally.
  "app/(site)/checkout/local/[session]/actions.ts#runTestBilling",
  "app/(site)/newsletter/preferences/[token]/actions.ts#resubscribe",
  // The link from "confirm: erase your data" is the permission (signed, an hour); see lib/privacy/erasure-token.ts.
  "app/account/actions.ts#confirmErasure",
  // The local mailbox's provider simulation: development and e2e builds only (404 on a live site).
  "app/dev/mailbox/actions.ts#simulateDeliveryEvent",
]);

/** Tables that change by themselves while the app runs (session expiry refresh, the queue's bookkeeping). */
const VOLATILE_TABLES = new Set(["sessions", "rate_limits"]);

interface ManifestEntry {
  filename: string;
  exportedName: string;
  workers: Record<string, unknown>;
}

function buildActions() {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => ({
    id,
    name: `${entry.filename}#${entry.exportedName}`,
    admin: entry.filename.startsWith("app/admin/"),
    pages: Object.keys(entry.workers),
  }));
}

test.describe("server actions refuse anyone who may not use them", () => {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  test.afterAll(() => sql.end());

  /** A digest of every row of every table: equal before and after means nothing was written. */
  async function fingerprint() {
    const tables = await sql<{ table_name: string }[]>`
      select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
    const digests: Record<string, string> = {};
    for (const { table_name: table } of tables) {
      if (VOLATILE_TABLES.has(table)) continue;
      const [row] = await sql<{ digest: string }[]>`
        select md5(coalesce(string_agg(md5(t::text), '' order by md5(t::text)), '')) as digest from ${sql(table)} t`;
      digests[table] = row!.digest;
    }
    return digests;
  }

  /** Real rows to aim at, so an action that forgot its guard would really change something. */
  async function targets() {
    const first = async (table: string) => ((await sql<{ id: string }[]>`select id::text from ${sql(table)} limit 1`)[0]?.id ?? "00000000-0000-4000-8000-000000000000");
    const course = await first("courses");
    return {
      fields: {
        id: await first("routines"),
        courseId: course,
        moduleId: await first("course_modules"),
        lessonId: await first("lessons"),
        orderId: await first("orders"),
        enrollmentId: await first("enrollments"),
        email: "intruder@example.com",
        name: "Intruder",
        title: "Changed by an intruder",
        body: "Changed by an intruder",
        subject: "Changed by an intruder",
        notes: "Changed by an intruder",
        status: "draft",
        direction: "up",
        course: "healing-emotions",
        lesson: "welcome",
        done: "true",
        understood: "yes",
      },
      segments: { id: course, lessonId: await first("lessons"), course: "healing-emotions", lesson: "welcome", slug: "healing-emotions", token: "nonsense", session: "nonsense" } as Record<string, string>,
    };
  }

  /** The address of a page the action belongs to: route groups dropped, dynamic segments filled in. */
  function pathFor(page: string, segments: Record<string, string>) {
    const path = page
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[([^\]]+)\]/g, (_, name: string) => segments[name] ?? "x");
    return path || "/";
  }

  /**
   * Calls an action the way Next.js's client does (the Next-Action header, arguments encoded as
   * React encodes them), twice: with the form as the only argument, and after a previous state as
   * `useActionState` passes it, so each action receives the arguments it really reads.
   */
  async function post(context: APIRequestContext, origin: string, action: ReturnType<typeof buildActions>[number], target: Awaited<ReturnType<typeof targets>>) {
    // The fewest dynamic segments: a page that certainly exists, so a 404 can only come from the guard.
    const page = [...action.pages].sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0))[0]!;
    const url = pathFor(page, target.segments);
    const results = [];
    for (const args of ['["$K1"]', '[null,"$K1"]']) {
      // As React 19 writes a form argument: the form's fields (prefixed "_1_") first, the arguments ("0") last.
      const multipart = new FormData();
      for (const [key, value] of Object.entries(target.fields)) multipart.append(`_1_${key}`, value);
      multipart.append("0", args);
      const response = await context.post(url, {
        multipart,
        // Next.js refuses an action whose Origin is not this site: a same-site caller is the hard case.
        headers: { "next-action": action.id, accept: "text/x-component", origin },
        maxRedirects: 0,
      });
      // x-action-redirect is "<url>;push" or "<url>;replace"; the address may be absolute.
      const redirect = (response.headers()["x-action-redirect"] ?? "").split(";")[0]!;
      results.push({ url, status: response.status(), redirectPath: redirect && new URL(redirect, origin).pathname, body: await response.text() });
    }
    return results;
  }

  test("as an anonymous visitor and as a signed-in non-admin, nothing is read or changed", async ({ baseURL }) => {
    test.setTimeout(120_000);
    const actions = buildActions();
    expect(actions.length, "server actions found in the build").toBeGreaterThan(40);
    const unknownPublic = [...PUBLIC_ACTIONS].filter((name) => !actions.some((action) => action.name === name));
    expect(unknownPublic, "public actions that no longer exist").toEqual([]);

    const target = await targets();
    const anonymous = await playwrightRequest.newContext({ baseURL });
    const member = await playwrightRequest.newContext({ baseURL, storageState: MEMBER_STATE });
    const before = await fingerprint();
    const seen: string[] = [];
    try {
      for (const action of actions.filter((candidate) => !PUBLIC_ACTIONS.has(candidate.name))) {
        const callers = action.admin ? { anonymous, member } : { anonymous };
        for (const [who, context] of Object.entries(callers)) {
          for (const result of await post(context, new URL(baseURL!).origin, action, target)) {
            const label = `${action.name} as ${who} at ${result.url}`;
            if (action.admin && who === "anonymous") {
              // requireAdmin sends a signed-out caller to sign in, before it reads the input.
              expect(result.status, label).toBeLessThan(400);
              expect(result.redirectPath, label).toBe("/sign-in");
              // The sign-in page comes back, with the public site around it (whose footer may name
              // the coach's contact address): nothing of the back office's own header.
              expect(result.body, label).not.toContain("View site");
            } else if (action.admin) {
              // To a signed-in member, requireAdmin answers as if the page did not exist.
              expect(result.status, label).toBe(404);
              // Nothing of the back office comes back: not its header (the coach's address, "View site").
              expect(result.body, label).not.toContain(COACH_EMAIL);
              expect(result.body, label).not.toContain("View site");
            } else {
              // A person's own things: every action checks who is asking before it reads its input, so
              // the visitor is sent to sign in (signing out is the one that sends them home).
              expect(result.status, label).toBeLessThan(400);
              expect(result.redirectPath, label).toBe(action.name.endsWith("#signOutAction") ? "/" : "/sign-in");
            }
          }
          seen.push(`${action.name} as ${who}`);
        }
      }
    } finally {
      await anonymous.dispose();
      await member.dispose();
    }
    expect(seen.length).toBeGreaterThan(60);
    expect(await fingerprint(), "database after every refused action").toEqual(before);
  });
});
