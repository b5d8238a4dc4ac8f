// @ts-check
/**
 * Next.js's page and data cache, shared by every app instance through Redis when REDIS_URL is set
 * (docs/decisions/0009). Without REDIS_URL, and always during `next build`, it is Next.js's own
 * file-system cache, unchanged.
 *
 * Plain JavaScript on purpose: Next.js loads this file by path at run time, without compiling it.
 *
 * What is shared:
 * - entries (rendered pages, route responses, `unstable_cache` data), under a key prefix that
 *   includes the build id, because a page rendered by one build names that build's script files;
 * - tag expiry times, under one key for all builds, so an edit made through any instance (of any
 *   build during a rolling deploy) makes every instance render the affected pages again.
 *
 * Redis is a cache here, never the source of truth: a Redis that is down, slow (over 500 ms) or
 * emptied only means pages are rendered again from PostgreSQL.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { createClient } from "@redis/client";
import { withAsciiHtml } from "./ascii-html.mjs";
import { isBuildPlaceholder } from "./build-placeholder.mjs";

const require = createRequire(import.meta.url);
const TIMEOUT_MS = 500;
/**
 * How long a render may take. An entry is written when its render ends, but its data was read
 * when the render began: a coach's edit that expired its tags in between must still count, or
 * the page rendered from the old data would be kept as fresh. So a tag expiry up to this long
 * before an entry was written also expires it (the page is rendered once more, at worst).
 */
const RENDER_GRACE_MS = 5_000;
/** Unused entries disappear by themselves; a page in use is rewritten long before. */
const ENTRY_TTL_SECONDS = 14 * 24 * 3600;
const TAGS_HEADER = "x-next-cache-tags";

/** JSON that keeps the Buffers and Maps page payloads are made of. */
export function encode(value) {
  return JSON.stringify(value, function replacer(key, plain) {
    const original = this[key];
    if (Buffer.isBuffer(original)) return { $buffer: original.toString("base64") };
    if (original instanceof Map) return { $map: [...original.entries()] };
    return plain;
  });
}

export function decode(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 1) {
      if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
      if (Array.isArray(value.$map)) return new Map(value.$map);
    }
    return value;
  });
}

/** The tags an entry was rendered with: pages carry them in a header, data entries in the entry. */
function tagsOf(value, extra = []) {
  const header = value?.headers?.[TAGS_HEADER];
  const own = typeof header === "string" ? header.split(",") : Array.isArray(value?.tags) ? value.tags : [];
  return [...new Set([...own, ...extra])].filter(Boolean);
}

let lastWarning = 0;
function warn(message, error) {
  // One line a minute at most: a Redis outage must not flood the log.
  if (Date.now() - lastWarning < 60_000) return;
  lastWarning = Date.now();
  console.warn(JSON.stringify({ level: 40, time: new Date().toISOString(), service: "coach", msg: message, err: error instanceof Error ? error.message : String(error) }));
}

function withTimeout(promise) {
  return Promise.race([
    promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(`Redis did not answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()),
  ]);
}

/**
 * A Redis-backed store with Next.js's cache-handler methods. `now` and the client are passed in,
 * so tests can use a real Redis with their own prefix.
 */
export function createRedisStore({ client, prefix, buildId, now = () => Date.now() }) {
  const entryKey = (key) => `${prefix}${buildId}:${key}`;
  const tagsKey = `${prefix}tags`;

  async function expired(tags, lastModified) {
    if (tags.length === 0) return false;
    const times = await withTimeout(client.hmGet(tagsKey, tags));
    const at = now();
    return times.some((time) => time !== null && Number(time) > lastModified - RENDER_GRACE_MS && Number(time) <= at);
  }

  return {
    async get(key, ctx = {}) {
      try {
        const text = await withTimeout(client.get(entryKey(key)));
        if (text === null) return null;
        const entry = decode(text);
        const tags = tagsOf(entry.value, [...(entry.tags ?? []), ...(ctx.tags ?? []), ...(ctx.softTags ?? [])]);
        if (await expired(tags, entry.lastModified)) return null;
        return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
      } catch (error) {
        warn("shared cache read failed; rendering instead", error);
        return null;
      }
    },

    async set(key, data, ctx = {}) {
      if (!data) return;
      try {
        const entry = { lastModified: now(), value: data, cacheControl: ctx.cacheControl, tags: tagsOf(data, ctx.tags ?? []) };
        await withTimeout(client.set(entryKey(key), encode(entry), { EX: ENTRY_TTL_SECONDS }));
      } catch (error) {
        warn("shared cache write failed", error);
      }
    },

    /**
     * Every tag here expires for every instance at once. A later expiry (`expire` seconds) is kept
     * as given; "stale but usable" (no `expire`) is treated as expired now: this app only ever
     * asks for immediate expiry, and a fresh render is the safe reading of the rest.
     */
    async revalidateTag(tags, durations) {
      const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
      if (list.length === 0) return;
      const at = now() + (durations?.expire ? durations.expire * 1000 : 0);
      try {
        await withTimeout(client.hSet(tagsKey, Object.fromEntries(list.map((tag) => [tag, String(at)]))));
      } catch (error) {
        // Not swallowed quietly: the edit is saved, but other instances may show the old page until the hourly refresh.
        console.error(JSON.stringify({ level: 50, time: new Date().toISOString(), service: "coach", msg: "shared cache tag expiry failed", tags: list, err: error instanceof Error ? error.message : String(error) }));
      }
    },

    resetRequestCache() {},
  };
}

/** One Redis connection per process, opened on first use; commands fail fast while it is down. */
let sharedClient;
function redisClient(url) {
  if (!sharedClient) {
    sharedClient = createClient({
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: 1000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 5000) },
    });
    sharedClient.on("error", (error) => warn("Redis connection error", error));
    sharedClient.connect().catch((error) => warn("Redis connection failed", error));
  }
  return sharedClient;
}

// Next.js builds a new handler for every request: anything that costs more than an object must be
// made once (a require and a file read per request cost a tenth of a cached page's time).
let FileSystemCache;
/** File-cache entry values already looked at (see get). */
const checkedEntries = new WeakSet();
const redisStores = new Map();
function redisStoreFor(url, serverDistDir) {
  let store = redisStores.get(serverDistDir);
  if (!store) {
    const buildId = readFileSync(path.join(serverDistDir, "..", "BUILD_ID"), "utf8").trim();
    store = createRedisStore({ client: redisClient(url), prefix: process.env.REDIS_KEY_PREFIX ?? "coach:cache:", buildId });
    redisStores.set(serverDistDir, store);
  }
  return store;
}

export default class SharedCacheHandler {
  constructor(ctx) {
    const url = process.env.REDIS_URL;
    if (!url || process.env.NEXT_PHASE === "phase-production-build" || !ctx.serverDistDir) {
      FileSystemCache ??= require("next/dist/server/lib/incremental-cache/file-system-cache.js").default;
      this.store = new FileSystemCache(ctx);
      this.fileCache = true;
      return;
    }
    this.store = redisStoreFor(url, ctx.serverDistDir);
  }

  async get(key, ctx) {
    const entry = await this.store.get(key, ctx);
    // Pages written by `next build` reach the file cache without passing through set(); the file
    // cache hands out the same entry object on every hit, so each is looked at once. A build-time
    // placeholder is a miss (lib/platform/cache/build-placeholder.mjs); any other page is made ASCII in
    // place. (Redis entries were all stored through set(), at run time.)
    if (this.fileCache && entry?.value && !checkedEntries.has(entry.value)) {
      if (isBuildPlaceholder(entry.value)) return null;
      entry.value = withAsciiHtml(entry.value);
      checkedEntries.add(entry.value);
    }
    return entry;
  }

  set(key, data, ctx) {
    // Pages are stored as ASCII (lib/platform/cache/ascii-html.mjs): a page with one "’" in it otherwise
    // costs a UTF-8 encoding of the whole page on every hit, a fifth of the speed.
    return this.store.set(key, withAsciiHtml(data), ctx);
  }

  revalidateTag(tags, durations) {
    return this.store.revalidateTag(tags, durations);
  }

  resetRequestCache() {
    return this.store.resetRequestCache();
  }
}
