import { connect } from "node:net";

/** Where the tests' Redis is: TEST_REDIS_URL, else one answering on this machine's default port. */
export const DEFAULT_TEST_REDIS = { host: "127.0.0.1", port: 6379 };

/** True when a Redis answers PING at host:port within `timeoutMs`. */
export function answersPing(host: string, port: number, timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let answer = "";
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on("error", () => done(false));
    socket.on("connect", () => socket.write("PING\r\n"));
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
      if (answer.includes("\r\n")) done(answer.startsWith("+PONG"));
    });
  });
}

/**
 * The Redis the tests share their page cache through: TEST_REDIS_URL when set; otherwise a Redis
 * on 127.0.0.1:6379 if one answers (so `npm test` on a machine with Redis runs every test); null
 * when there is none, and the tests that need one are skipped with a line saying so.
 */
export async function redisForTests(): Promise<string | null> {
  if (process.env.TEST_REDIS_URL) return process.env.TEST_REDIS_URL;
  return (await answersPing(DEFAULT_TEST_REDIS.host, DEFAULT_TEST_REDIS.port)) ? `redis://${DEFAULT_TEST_REDIS.host}:${DEFAULT_TEST_REDIS.port}` : null;
}
