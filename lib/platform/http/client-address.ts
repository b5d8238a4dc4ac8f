import { BlockList, isIP } from "node:net";
import { env } from "@/lib/platform/env";
import { normaliseAddress, type TrustProxy } from "./trust-proxy";

export { parseTrustProxy, normaliseAddress, type TrustProxy } from "./trust-proxy";

/** Written by lib/platform/server/http-hooks.mjs on every request, from the socket; never from the client. */
export const PEER_ADDRESS_HEADER = "x-coach-peer-address";

export class ClientAddressUnknownError extends Error {
  constructor() {
    super(
      `The connection's address is missing (the ${PEER_ADDRESS_HEADER} header). Start the server with \`npm start\` (or \`node --import ./http-hooks.mjs server.js\` in the standalone folder), which records it.`,
    );
    this.name = "ClientAddressUnknownError";
  }
}

function blockList(networks: string[]) {
  const list = new BlockList();
  for (const network of networks) {
    const [address, prefix] = network.split("/");
    const normalised = normaliseAddress(address)!;
    const type = isIP(normalised) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(normalised, type);
    else list.addSubnet(normalised, Number(prefix), type);
  }
  return list;
}

/**
 * Who is asking, as far as we can know it. The socket's other end is certain; `X-Forwarded-For`
 * is whatever the client (or the proxies in between) wrote, so it counts only as far as
 * TRUST_PROXY says there are proxies we trust in front of the app:
 *
 * - `none`: no proxy; the socket's address, and forwarded headers are ignored;
 * - `count` N: N proxies in front; the address each appended is believed, so the client is the
 *   N-th entry from the right of `X-Forwarded-For`;
 * - `list`: requests from these proxy addresses or networks are trusted; walking from the socket
 *   leftwards through `X-Forwarded-For`, the first address not in the list is the client;
 * - `platform`: a host that overwrites `X-Real-IP` with the client's address (Vercel).
 *
 * Every rate limit keys on the result; there is never a shared "unknown" bucket.
 */
export function resolveClientAddress(input: { peer: string | null; forwardedFor: string | null; realIp?: string | null; trust: TrustProxy }): string | null {
  // A platform that overwrites X-Real-IP itself (Vercel); no socket of ours to ask.
  if (input.trust.kind === "platform") return normaliseAddress(input.realIp);
  const peer = normaliseAddress(input.peer);
  if (!peer) return null;
  if (input.trust.kind === "none") return peer;
  const forwarded = (input.forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (input.trust.kind === "count") {
    if (input.trust.hops === 0 || forwarded.length === 0) return peer;
    // Fewer entries than proxies: the furthest one we have is still the best we know.
    const entry = forwarded[Math.max(0, forwarded.length - input.trust.hops)];
    return normaliseAddress(entry) ?? peer;
  }
  const trusted = blockList(input.trust.networks);
  const isTrusted = (address: string) => trusted.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
  if (!isTrusted(peer)) return peer; // headers from an untrusted peer are ignored
  let client = peer;
  for (let index = forwarded.length - 1; index >= 0; index -= 1) {
    const address = normaliseAddress(forwarded[index]);
    if (!address) return client; // garbage from beyond the last trusted proxy
    client = address;
    if (!isTrusted(address)) return address;
  }
  return client;
}

/**
 * The key a limit counts under: an IPv4 address, or an IPv6 address's /64 network (one home or
 * one server gets a whole /64, and rotating within it must not dodge a limit).
 */
export function limitKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}

/** The client's limit key for a request, under the trust configured in TRUST_PROXY. */
export function clientKey(headers: Headers, trust: TrustProxy): string {
  const address = resolveClientAddress({ peer: headers.get(PEER_ADDRESS_HEADER), forwardedFor: headers.get("x-forwarded-for"), realIp: headers.get("x-real-ip"), trust });
  if (!address) throw new ClientAddressUnknownError();
  return limitKey(address);
}

/** The client's limit key for this request, under TRUST_PROXY. */
export function requestClientKey(headers: Headers): string {
  return clientKey(headers, env().TRUST_PROXY);
}
