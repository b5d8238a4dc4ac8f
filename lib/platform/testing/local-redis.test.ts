import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { answersPing } from "./local-redis";

async function fakeServer(reply: string | null) {
  const server = createServer((socket) => socket.on("data", () => (reply === null ? undefined : socket.write(reply))));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, close: () => server.close() };
}

describe("answersPing", () => {
  it("is true only for something that answers PING with PONG", async () => {
    const redis = await fakeServer("+PONG\r\n");
    const other = await fakeServer("HTTP/1.1 400 Bad Request\r\n\r\n");
    const silent = await fakeServer(null);
    try {
      expect(await answersPing("127.0.0.1", redis.port)).toBe(true);
      expect(await answersPing("127.0.0.1", other.port)).toBe(false);
      expect(await answersPing("127.0.0.1", silent.port, 100)).toBe(false);
    } finally {
      redis.close();
      other.close();
      silent.close();
    }
  });

  it("is false when nothing listens", async () => {
    const closed = await fakeServer(null);
    closed.close();
    expect(await answersPing("127.0.0.1", closed.port)).toBe(false);
  });
});
