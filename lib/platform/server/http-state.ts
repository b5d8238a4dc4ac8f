/** What lib/platform/server/http-hooks.mjs records in this process, when it was loaded. */
export interface RequestInFlight {
  method: string;
  path: string;
  startedAt: number;
}

interface HttpState {
  inFlight: Set<RequestInFlight>;
  servers: Set<import("node:http").Server>;
}

export function httpState(): HttpState | null {
  return (globalThis as unknown as { __coachHttp?: HttpState }).__coachHttp ?? null;
}

/** True when the server was started with the hooks: the peer address header can be trusted. */
export function httpHooksLoaded(): boolean {
  return httpState() !== null;
}

/** The requests still running, oldest first, for the shutdown's last log line. */
export function requestsInFlight(now = Date.now()) {
  return [...(httpState()?.inFlight ?? [])]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((entry) => ({ method: entry.method, path: entry.path, ms: now - entry.startedAt }));
}
