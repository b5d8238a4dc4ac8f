import ipaddr from "ipaddr.js";

/**
 * Whether an IP address is one on the public internet, the only kind a calendar address may lead
 * to. An allow-list on a maintained library's ranges, not a list of private ranges kept by hand: a
 * hand-written list missed the IPv4-compatible form `::7f00:1` (loopback written as IPv6) and
 * NAT64's `64:ff9b::/96`, which a gateway turns back into any IPv4 address, private ones included.
 *
 * IPv4: only what ipaddr.js calls plain unicast (not loopback, private, carrier-grade NAT,
 * link-local, reserved, multicast or broadcast). IPv6: plain unicast and inside 2000::/3, the only
 * block handed out for global unicast; that leaves out `::/96`, `::ffff:0:0/96` (read as the
 * IPv4 address it carries), 6to4, Teredo and NAT64, which all wrap an IPv4 address of any kind.
 */
const GLOBAL_UNICAST_V6 = ipaddr.parseCIDR("2000::/3");

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  if (parsed.range() !== "unicast") return false;
  return parsed.kind() === "ipv4" || parsed.match(GLOBAL_UNICAST_V6);
}
