import { AsyncLocalStorage } from "node:async_hooks";
import type { Adapter } from "next-auth/adapters";
import { isDatabaseUnavailable } from "@/db/errors";

/**
 * Auth.js catches every error its adapter throws and answers "no session", so during a database
 * outage everyone would look signed out (a check-in would be told "sign in" instead of "try
 * again"). The adapter is wrapped to remember such a failure for the request that caused it, and
 * the guards turn it back into the outage it was.
 */
const failures = new AsyncLocalStorage<{ error: unknown }>();

export function watchAdapter(adapter: Adapter): Adapter {
  return new Proxy(adapter, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== "function") return value;
      return async (...args: unknown[]) => {
        try {
          return await (value as (...input: unknown[]) => Promise<unknown>).apply(target, args);
        } catch (error) {
          const store = failures.getStore();
          if (store && isDatabaseUnavailable(error)) store.error ??= error;
          throw error;
        }
      };
    },
  });
}

/** Runs `work` (a call into Auth.js); if the database failed underneath it, throws that failure. */
export async function withAdapterFailures<T>(work: () => Promise<T>): Promise<T> {
  const store: { error: unknown } = { error: undefined };
  const result = await failures.run(store, work);
  if (store.error) throw store.error;
  return result;
}
