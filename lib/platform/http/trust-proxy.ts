import { isIP } from "node:net";

/** How far the app may believe `X-Forwarded-For`: see lib/platform/http/client-address.ts. */
export type TrustProxy = { kind: "none" } | { kind: "count"; hops: number } | { kind: "list"; networks: string[] } | { kind: "platform" };

/** "0", "2", or "10.0.0.0/8, 192.168.1.5": what the TRUST_PROXY variable may say. */
export function parseTrustProxy(value: string): TrustProxy | { error: string } {
  const text = value.trim();
  if (text === "" || text === "0" || text === "false") return { kind: "none" };
  if (text === "platform") return { kind: "platform" };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= 10 ? { kind: "count", hops } : { error: "must be a number of proxies from 0 to 10, or a list of proxy addresses" };
  }
  const networks = text.split(",").map((entry) => entry.trim()).filter(Boolean);
  for (const network of networks) {
    const [address, prefix] = network.split("/");
    const family = isIP(address ?? "");
    const bits = prefix === undefined ? null : Number(prefix);
    if (!family || (bits !== null && (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)))) {
      return { error: `has "${network}", which is neither an IP address nor a network like 10.0.0.0/8` };
    }
  }
  return { kind: "list", networks };
}

/** `::ffff:203.0.113.5` is the IPv4 address 203.0.113.5; anything else unusable is null. */
export function normaliseAddress(value: string | undefined | null): string | null {
  const text = (value ?? "").trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  const address = mapped ? mapped[1]! : text;
  return isIP(address) ? address.toLowerCase() : null;
}

