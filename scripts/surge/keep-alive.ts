import { Agent, request } from "node:http";
import { addresses } from "./client";

export interface HammerResult {
  /** Milliseconds from sending to the end of each answer. */
  latencies: number[];
  statuses: Map<string, number>;
  /** Answers that said `Connection: close` (a server shutting down ends its keep-alive connections so). */
  closeAnswers: number;
}

export const percentile = (values: readonly number[], p: number) => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * `connections` clients that each keep one connection alive and ask `path` again as soon as they
 * are answered, until stopped: the load a busy site's keep-alive visitors (or a load balancer)
 * put on an instance. Each client connects from its own loopback address.
 */
export function hammer(baseUrl: string, path: string, connections: number, block: number) {
  const url = new URL(path, baseUrl);
  const result: HammerResult = { latencies: [], statuses: new Map(), closeAnswers: 0 };
  let running = true;
  const count = (key: string) => result.statuses.set(key, (result.statuses.get(key) ?? 0) + 1);
  const ask = (agent: Agent, localAddress: string) =>
    new Promise<void>((resolve) => {
      const started = Date.now();
      const req = request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, agent, localAddress }, (res) => {
        res.resume();
        res.on("end", () => {
          result.latencies.push(Date.now() - started);
          count(String(res.statusCode));
          if (res.headers.connection === "close") result.closeAnswers += 1;
          resolve();
        });
        res.on("error", () => resolve(void count("reset")));
      });
      req.setTimeout(30_000, () => req.destroy(new Error("hung")));
      req.on("error", (error) => {
        count(error.message === "hung" ? "hung" : "refused");
        // A refused connection (the server has stopped listening) is retried after a pause, not in a spin.
        setTimeout(resolve, 50);
      });
      req.end();
    });
  const clients = addresses(block, connections).map(async (localAddress) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (running) await ask(agent, localAddress);
    agent.destroy();
  });
  return {
    result,
    async stop(): Promise<HammerResult> {
      running = false;
      await Promise.all(clients);
      return result;
    },
  };
}
