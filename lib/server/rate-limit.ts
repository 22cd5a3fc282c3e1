import "server-only";

import { isIP } from "node:net";
import type { Redis } from "ioredis";
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from "rate-limiter-flexible";
import { ApiError } from "./api-error";
import { PEER_ADDRESS_HEADER, PEER_TOKEN_HEADER, peerToken } from "./peer-address";

/**
 * Requests per client per minute, counted by rate-limiter-flexible. Without Redis the count is
 * kept in memory, per process: it protects one instance from a runaway client. With Redis the
 * count is shared, so a client has one budget however many instances serve it. Redis being
 * down must never block requests: the library then counts in an in-memory insurance limiter
 * (per process, as without Redis) until Redis answers again.
 */
export class RateLimiter {
  private readonly limiter: RateLimiterAbstract | undefined;

  constructor(perMinute: number, redis?: Redis) {
    if (perMinute <= 0) {
      this.limiter = undefined;
      return;
    }
    const memory = new RateLimiterMemory({ points: perMinute, duration: 60 });
    this.limiter = redis
      ? new RateLimiterRedis({
          storeClient: redis,
          // The client's own key prefix comes first; this names the limiter's keys within it.
          keyPrefix: "rate",
          points: perMinute,
          duration: 60,
          // Not connected: count in memory at once rather than wait for a command to fail.
          rejectIfRedisNotReady: true,
          insuranceLimiter: memory,
        })
      : memory;
  }

  /** Counts one request; rejects with ApiError("rate_limited") and Retry-After when over. */
  async check(client: string): Promise<void> {
    if (this.limiter === undefined) return;
    try {
      await this.limiter.consume(client);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const retryAfter = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      throw new ApiError("rate_limited", "Too many requests; slow down and try again.", {
        "Retry-After": String(retryAfter),
      });
    }
  }
}

/**
 * The key a request is rate-limited under.
 *
 * Behind `trustedHops` proxies, the client's address is the X-Forwarded-For entry the outermost
 * trusted proxy appended: the Nth from the right. Entries left of it were written by the client
 * and are ignored, so rotating them changes nothing. Without a proxy, the address comes from the
 * connection itself, which the custom server (server.mjs) passes on; a request that carries
 * neither (the app started some other way) shares one budget, "unknown".
 */
export function clientKey(request: Request, trustedHops: number): string {
  if (trustedHops > 0) {
    const entries = (request.headers.get("x-forwarded-for") ?? "")
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry !== "");
    const appended = entries[entries.length - trustedHops] ?? entries[0];
    if (appended !== undefined) return addressKey(appended);
  }
  const peer = peerAddress(request);
  return peer === undefined ? "unknown" : addressKey(peer);
}

/** The connection's address as the custom server recorded it, if this process started it. */
function peerAddress(request: Request): string | undefined {
  const token = peerToken();
  if (token === undefined || request.headers.get(PEER_TOKEN_HEADER) !== token) return undefined;
  return request.headers.get(PEER_ADDRESS_HEADER) ?? undefined;
}

/**
 * One key per client: an IPv4 address as is, an IPv6 address by its /64 network, because one
 * subscriber usually gets a whole /64 and could otherwise take a new address per request.
 */
export function addressKey(address: string): string {
  const bare = address.replace(/^\[|\](?::\d+)?$/g, "").replace(/^::ffff:(?=\d+\.)/i, "");
  if (isIP(bare) === 4) return bare;
  if (isIP(bare) !== 6) return bare.slice(0, 100);
  const [head = "", tail = ""] = bare.toLowerCase().split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === "" ? [] : tail.split(":");
  const groups = bare.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
