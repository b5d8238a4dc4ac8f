export type ComponentState = "up" | "down" | "not-configured";

export interface HealthReport {
  status: "ok" | "degraded";
  db: ComponentState;
  version: string;
}

export interface HealthDependencies {
  /** Resolves when the database answers; rejects or never settles when it does not. */
  pingDatabase: (() => Promise<unknown>) | null;
  version: string;
  timeoutMs?: number;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** A load balancer asks this; it must answer quickly even when PostgreSQL hangs. */
export async function checkHealth(deps: HealthDependencies): Promise<HealthReport> {
  let db: ComponentState = "not-configured";
  if (deps.pingDatabase) {
    try {
      await withTimeout(deps.pingDatabase(), deps.timeoutMs ?? 2000);
      db = "up";
    } catch {
      db = "down";
    }
  }
  return { status: db === "up" ? "ok" : "degraded", db, version: deps.version };
}
