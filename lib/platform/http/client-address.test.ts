import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientKey, limitKey, parseTrustProxy, PEER_ADDRESS_HEADER, resolveClientAddress, type TrustProxy } from "./client-address";

const none: TrustProxy = { kind: "none" };
const one: TrustProxy = { kind: "count", hops: 1 };

describe("the client address", () => {
  it("without a proxy is the socket's, whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "203.0.113.1", trust: none })).toBe("198.51.100.7");
    expect(resolveClientAddress({ peer: "::ffff:198.51.100.7", forwardedFor: null, trust: none })).toBe("198.51.100.7");
  });

  it("behind one proxy is the entry that proxy appended, not the ones the client wrote before it", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4"; nginx appended the address it saw.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "1.2.3.4, 198.51.100.7", trust: one })).toBe("198.51.100.7");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "198.51.100.7", trust: one })).toBe("198.51.100.7");
    expect(resolveClientAddress({ peer: "10.0.0.2", forwardedFor: "1.2.3.4, 198.51.100.7, 10.0.0.9", trust: { kind: "count", hops: 2 } })).toBe("198.51.100.7");
    // No header at all: the proxy was bypassed or is not there; the socket is what we know.
    expect(resolveClientAddress({ peer: "198.51.100.8", forwardedFor: null, trust: one })).toBe("198.51.100.8");
    // Garbage where the proxy's entry should be: fall back to the socket, never to the garbage.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "1.2.3.4, unknown", trust: one })).toBe("127.0.0.1");
  });

  it("with a list of proxies ignores the headers of anyone not on it, and skips every trusted hop", () => {
    const trust = parseTrustProxy("10.0.0.0/8, 192.168.1.5") as TrustProxy;
    expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "1.2.3.4", trust })).toBe("198.51.100.7");
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "1.2.3.4, 203.0.113.9, 192.168.1.5", trust })).toBe("203.0.113.9");
    expect(resolveClientAddress({ peer: "10.1.2.3", forwardedFor: "10.9.9.9", trust })).toBe("10.9.9.9");
  });

  it("on a platform that overwrites X-Real-IP, takes that header and nothing else", () => {
    expect(resolveClientAddress({ peer: null, forwardedFor: "1.2.3.4", realIp: "198.51.100.7", trust: { kind: "platform" } })).toBe("198.51.100.7");
    expect(resolveClientAddress({ peer: null, forwardedFor: "1.2.3.4", realIp: null, trust: { kind: "platform" } })).toBeNull();
  });

  it("counts IPv6 clients by their /64, so rotating addresses inside one network dodges nothing", () => {
    expect(limitKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(limitKey("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(limitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(limitKey("203.0.113.5")).toBe("203.0.113.5");
  });

  it("refuses to guess when the socket's address was not recorded", () => {
    expect(() => clientKey(new Headers({ "x-forwarded-for": "1.2.3.4" }), none)).toThrow(/npm start/);
    expect(clientKey(new Headers({ [PEER_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "1.2.3.4" }), none)).toBe("198.51.100.7");
  });

  it("reads TRUST_PROXY as none, a number of proxies, or a list, and names what is wrong", () => {
    expect(parseTrustProxy("0")).toEqual({ kind: "none" });
    expect(parseTrustProxy("")).toEqual({ kind: "none" });
    expect(parseTrustProxy("2")).toEqual({ kind: "count", hops: 2 });
    expect(parseTrustProxy("platform")).toEqual({ kind: "platform" });
    expect(parseTrustProxy("127.0.0.1, ::1, 10.0.0.0/8")).toEqual({ kind: "list", networks: ["127.0.0.1", "::1", "10.0.0.0/8"] });
    expect(parseTrustProxy("loopback")).toMatchObject({ error: expect.stringContaining("loopback") });
    expect(parseTrustProxy("10.0.0.0/33")).toMatchObject({ error: expect.stringContaining("10.0.0.0/33") });
  });
});

describe("the HTTP hooks loaded before the server", () => {
  it("record the socket's address under the header, replacing what the client sent", async () => {
    const hooks = path.resolve("lib/platform/server/http-hooks.mjs");
    expect(readFileSync(hooks, "utf8")).toContain(`"${PEER_ADDRESS_HEADER}"`);
    const script = `
      const http = require("node:http");
      const server = http.createServer((req, res) => res.end(JSON.stringify({ peer: req.headers["${PEER_ADDRESS_HEADER}"], inFlight: globalThis.__coachHttp.inFlight.size })));
      server.listen(0, "127.0.0.1", () => console.log(server.address().port));`;
    const child = spawn(process.execPath, ["--import", hooks, "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      const port = await new Promise<number>((resolve) => child.stdout.once("data", (data: Buffer) => resolve(Number(String(data).trim()))));
      const body = await new Promise<string>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, localAddress: "127.0.0.7", headers: { [PEER_ADDRESS_HEADER]: "1.2.3.4" } }, (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk));
          res.on("end", () => resolve(text));
        });
        req.on("error", reject);
        req.end();
      });
      expect(JSON.parse(body)).toEqual({ peer: "127.0.0.7", inFlight: 1 });
    } finally {
      child.kill();
    }
  });
});
