import { randomUUID } from "node:crypto";
import { createClient } from "@redis/client";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createRedisStore, decode, encode } from "./shared-cache-handler.mjs";

describe("shared cache encoding", () => {
  it("keeps the Buffers and Maps a rendered page is made of", () => {
    const page = {
      kind: "APP_PAGE",
      html: "<html>…</html>",
      rscData: Buffer.from([0, 1, 2, 250]),
      segmentData: new Map([["/_tree", Buffer.from("tree")]]),
      headers: { "x-next-cache-tags": "routines,_N_T_/layout" },
      status: 200,
    };
    const back = decode<{ rscData: Buffer; segmentData: Map<string, Buffer>; headers: unknown }>(encode(page));
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect([...back.rscData]).toEqual([0, 1, 2, 250]);
    expect(back.segmentData).toBeInstanceOf(Map);
    expect(back.segmentData.get("/_tree")?.toString()).toBe("tree");
    expect(back.headers).toEqual(page.headers);
  });
});

// A real Redis: TEST_REDIS_URL, or one answering on 127.0.0.1:6379 (lib/platform/testing/vitest-global-setup.ts).
// Without one there is nothing to test against.
const redisUrl = inject("redisUrl") ?? undefined;

describe.skipIf(!redisUrl)("shared cache in Redis, as two app instances see it", () => {
  const client = createClient({ url: redisUrl });
  const prefix = `coach-test:${randomUUID()}:`;
  let clock = 1_000_000;
  const now = () => clock;
  const instanceA = () => createRedisStore({ client, prefix, buildId: "build-1", now });
  const instanceB = () => createRedisStore({ client, prefix, buildId: "build-1", now });
  const page = (tags: string) => ({ kind: "APP_PAGE", html: "<p>old bio</p>", rscData: Buffer.from("rsc"), headers: { "x-next-cache-tags": tags }, status: 200 });

  beforeAll(async () => {
    await client.connect();
  });
  afterAll(async () => {
    for await (const keys of client.scanIterator({ MATCH: `${prefix}*` })) if (keys.length) await client.del(keys);
    await client.quit();
  });

  it("a page one instance rendered is served by the other", async () => {
    await instanceA().set("/cached/home/index", page("coach-profile"), { cacheControl: { revalidate: 3600, expire: undefined } });
    const hit = await instanceB().get("/cached/home/index", { kind: "APP_PAGE" });
    expect(hit?.value.html).toBe("<p>old bio</p>");
    expect(hit?.cacheControl).toEqual({ revalidate: 3600 });
  });

  it("an edit on one instance expires the page for the other at once, and only pages with that tag", async () => {
    clock += 1000;
    await instanceA().set("/routines/neck", page("routines,routine:neck"));
    clock += 1000;
    await instanceA().revalidateTag("coach-profile", { expire: 0 });
    clock += 1;
    expect(await instanceB().get("/cached/home/index", { kind: "APP_PAGE" })).toBeNull();
    expect((await instanceB().get("/routines/neck", { kind: "APP_PAGE" }))?.value.html).toBe("<p>old bio</p>");

    // Rendered again well after the edit: served again.
    clock += 5_001;
    await instanceB().set("/cached/home/index", { ...page("coach-profile"), html: "<p>new bio</p>" });
    clock += 1;
    expect((await instanceA().get("/cached/home/index", { kind: "APP_PAGE" }))?.value.html).toBe("<p>new bio</p>");
  });

  it("a page whose render began before an edit and ended just after it is not kept as fresh", async () => {
    clock += 60_000;
    // Instance B starts rendering with the old bio; meanwhile the coach saves on instance A...
    await instanceA().revalidateTag("coach-profile", { expire: 0 });
    clock += 1_500;
    // ...and B's render, finished after the edit, is written with the old words.
    await instanceB().set("/cached/home/index", { ...page("coach-profile"), html: "<p>old bio, rendered slowly</p>" });
    clock += 1;
    expect(await instanceA().get("/cached/home/index", { kind: "APP_PAGE" })).toBeNull();
  });

  it("data entries expire through their own tags and the page's implicit ones", async () => {
    const data = { kind: "FETCH", data: { body: "[]", headers: {}, status: 200 }, tags: ["availability"], revalidate: 3600 };
    await instanceA().set("opening-hours", data, { tags: ["availability"] });
    clock += 1000;
    expect(await instanceB().get("opening-hours", { kind: "FETCH", tags: ["availability"], softTags: ["_N_T_/consultation"] })).not.toBeNull();
    await instanceA().revalidateTag(["_N_T_/consultation"]);
    clock += 1;
    expect(await instanceB().get("opening-hours", { kind: "FETCH", tags: ["availability"], softTags: ["_N_T_/consultation"] })).toBeNull();
  });

  it("another build never serves this build's pages (they name other script files)", async () => {
    const otherBuild = createRedisStore({ client, prefix, buildId: "build-2", now });
    expect(await otherBuild.get("/routines/neck", { kind: "APP_PAGE" })).toBeNull();
  });

  it("a Redis that is gone means a miss, not an error", async () => {
    const down = createClient({ url: "redis://127.0.0.1:1", disableOfflineQueue: true, socket: { reconnectStrategy: false } });
    down.on("error", () => {});
    await down.connect().catch(() => undefined);
    const store = createRedisStore({ client: down, prefix, buildId: "build-1", now });
    expect(await store.get("/cached/home/index", { kind: "APP_PAGE" })).toBeNull();
    await expect(store.set("/x", page("t"))).resolves.toBeUndefined();
  });
});
