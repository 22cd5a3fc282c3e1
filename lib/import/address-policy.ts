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

/** The IPv4 address inside an IPv4-mapped or NAT64 IPv6 address, if there is one. */
function embeddedIpv4(address: string): string | undefined {
  const match = /^(?:::ffff:|64:ff9b::)(?:0:)?([\d.]+)$/i.exec(address);
  if (match?.[1] && isIP(match[1]) === 4) return match[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex?.[1] && hex[2]) {
    const high = Number.parseInt(hex[1], 16);
    const low = Number.parseInt(hex[2], 16);
    return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
  }
  return undefined;
}

export type AddressVerdict = "allowed" | "loopback" | "blocked";

/** Classifies an IP address (v4 or v6, without brackets). Anything unparseable is blocked. */
export function classifyAddress(address: string): AddressVerdict {
  const family = isIP(address);
  if (family === 0) return "blocked";
  const inner = family === 6 ? embeddedIpv4(address) : undefined;
  if (inner !== undefined) return classifyAddress(inner);
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
