import "server-only";

import { BlockList, isIP } from "node:net";

/**
 * Addresses an import must never reach: the server's own network and its cloud metadata
 * service. Checked on every resolved address, after every redirect, so a public name that
 * resolves (or redirects) inward is refused too.
 */
const blocked = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["169.254.0.0", 16], // link-local, including 169.254.169.254 metadata
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // documentation
  ["203.0.113.0", 24], // documentation
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved and broadcast
] as const) {
  blocked.addSubnet(network, prefix, "ipv4");
}
for (const [network, prefix] of [
  ["::", 128], // unspecified
  ["fc00::", 7], // unique local, including fd00:ec2::254 metadata
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
  ["2001:db8::", 32], // documentation
  ["100::", 64], // discard
] as const) {
  blocked.addSubnet(network, prefix, "ipv6");
}
const loopback = new BlockList();
loopback.addSubnet("127.0.0.0", 8, "ipv4");
loopback.addAddress("::1", "ipv6");

/** The eight 16-bit groups of an IPv6 address, whatever way it is written. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, "");
  // A trailing dotted quad stands for the last two groups.
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const bytes = quad.slice(1).map(Number);
    if (bytes.some((byte) => byte > 255)) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = bytes;
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const parse = (part: string | undefined) =>
    part ? part.split(":").map((group) => Number.parseInt(group, 16)) : [];
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<number>(halves.length === 1 ? 0 : missing).fill(0), ...tail];
  return groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff)
    ? groups
    : undefined;
}

const ipv4From = (high: number, low: number) =>
  `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/**
 * IPv6 forms that carry an IPv4 address. The IPv4-mapped form (::ffff:a.b.c.d) and the
 * well-known NAT64 prefix (64:ff9b::/96) reach exactly that IPv4 host, so they are judged as it
 * is. The IPv4-compatible (::a.b.c.d), SIIT (::ffff:0:a.b.c.d), local-use NAT64
 * (64:ff9b:1::/48), 6to4 (2002::/16) and Teredo (2001::/32) forms reach it through translators or
 * tunnels whose behaviour depends on the network, so they are refused outright.
 */
function classifyEmbedded(groups: number[]): AddressVerdict | { ipv4: string } | undefined {
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  const zeroTo = (count: number) => groups.slice(0, count).every((group) => group === 0);
  if (zeroTo(5) && g5 === 0xffff) return { ipv4: ipv4From(g6, g7) };
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0)
    return { ipv4: ipv4From(g6, g7) };
  if (zeroTo(6) && (g6 !== 0 || g7 > 1)) return "blocked"; // IPv4-compatible, deprecated
  if (zeroTo(4) && g4 === 0xffff && g5 === 0) return "blocked"; // SIIT
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 1) return "blocked"; // local-use NAT64
  if (g0 === 0x2002) return "blocked"; // 6to4
  if (g0 === 0x2001 && g1 === 0) return "blocked"; // Teredo
  return undefined;
}

export type AddressVerdict = "allowed" | "loopback" | "blocked";

/** Classifies an IP address (v4 or v6, without brackets). Anything unparseable is blocked. */
export function classifyAddress(address: string): AddressVerdict {
  const family = isIP(address);
  if (family === 0) return "blocked";
  if (family === 6) {
    const groups = ipv6Groups(address);
    if (groups === undefined) return "blocked";
    const embedded = classifyEmbedded(groups);
    if (typeof embedded === "object") return classifyAddress(embedded.ipv4);
    if (embedded !== undefined) return embedded;
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  if (loopback.check(address, type)) return "loopback";
  if (blocked.check(address, type)) return "blocked";
  return "allowed";
}

/** Whether an import may connect to this address. */
export function isAddressAllowed(address: string, options: { allowLoopback: boolean }): boolean {
  const verdict = classifyAddress(address);
  return verdict === "allowed" || (verdict === "loopback" && options.allowLoopback);
}
