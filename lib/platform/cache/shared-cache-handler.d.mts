/** Types for shared-cache-handler.mjs, which Next.js loads as plain JavaScript. */
export function encode(value: unknown): string;
export function decode<T = Record<string, unknown>>(text: string): T;

export interface CacheEntry {
  lastModified: number;
  value: { html?: string; [field: string]: unknown };
  cacheControl?: { revalidate: number | false; expire?: number };
}

/** The four Redis commands the store uses (a node-redis client has them). */
export interface RedisCommands {
  get(key: string): Promise<unknown>;
  set(key: string, value: string, options: { EX: number }): Promise<unknown>;
  hmGet(key: string, fields: string[]): Promise<unknown>;
  hSet(key: string, values: Record<string, string>): Promise<unknown>;
}

export interface RedisStore {
  get(key: string, ctx?: { kind?: string; tags?: string[]; softTags?: string[] }): Promise<CacheEntry | null>;
  set(key: string, data: unknown, ctx?: { tags?: string[]; cacheControl?: { revalidate: number | false; expire?: number } }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
  resetRequestCache(): void;
}

export function createRedisStore(options: {
  client: RedisCommands;
  prefix: string;
  buildId: string;
  now?: () => number;
}): RedisStore;

export default class SharedCacheHandler {
  constructor(ctx: unknown);
  get: RedisStore["get"];
  set: RedisStore["set"];
  revalidateTag: RedisStore["revalidateTag"];
  resetRequestCache(): void;
}
