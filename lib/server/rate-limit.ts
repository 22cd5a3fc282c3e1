import "server-only";

import { ApiError } from "./api-error";

/**
 * A fixed-window request limiter per client. In memory and per process: it protects one
 * instance from a runaway client, and is not meant as a cluster-wide quota.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { started: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one request; throws ApiError("rate_limited") with Retry-After when over the limit. */
  check(client: string): void {
    if (this.perMinute <= 0) return;
    const now = this.now();
    let window = this.windows.get(client);
    if (window === undefined || now - window.started >= 60_000) {
      if (this.windows.size > 10_000) this.sweep(now);
      window = { started: now, count: 0 };
      this.windows.set(client, window);
    }
    window.count += 1;
    if (window.count > this.perMinute) {
      const retryAfter = Math.max(1, Math.ceil((window.started + 60_000 - now) / 1000));
      throw new ApiError("rate_limited", "Too many requests; slow down and try again.", {
        "Retry-After": String(retryAfter),
      });
    }
  }

  private sweep(now: number): void {
    for (const [client, window] of this.windows) {
      if (now - window.started >= 60_000) this.windows.delete(client);
    }
  }
}

/** The key a request is rate-limited under: the proxy's client address only when trusted. */
export function clientKey(request: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
  }
  return "direct";
}
