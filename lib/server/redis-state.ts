import "server-only";

import { Redis } from "ioredis";
import type { SharedState } from "@/lib/translation/shared-state";

/**
 * The app's one Redis connection (when REDIS_URL is set), shared by the rate limiter, the
 * translation cache and the engines' probe results. Redis is an accelerator here, never a
 * dependency: while it is down, commands fail at once (no offline queue), every caller falls
 * back to its in-process state, one line is logged, and the client keeps reconnecting in the
 * background so the shared state is used again as soon as Redis is back.
 */
export interface RedisLink extends SharedState {
  /** The ioredis client, for libraries that take one (rate-limiter-flexible). */
  readonly client: Redis;
  /** Prefix of every key this app writes, so several apps or test runs can share one Redis. */
  readonly keyPrefix: string;
  /** Whether the connection is up right now. */
  isReady(): boolean;
  /** Asks Redis to answer within `timeoutMs`; false when it does not. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** How long one command may take before its caller goes on without Redis. */
const COMMAND_TIMEOUT_MS = 500;

export function createRedisLink(options: {
  url: string;
  keyPrefix: string;
  log?: (message: string) => void;
}): RedisLink {
  const log = options.log ?? ((message: string) => console.error(message));
  const client = new Redis(options.url, {
    keyPrefix: options.keyPrefix,
    // Without a queue, a command sent while disconnected fails at once instead of waiting.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 2_000,
    // Keep trying for ever, at most every 2 s, so a Redis restart is picked up on its own.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: false,
  });
  let down = false;
  const markDown = (why: string) => {
    if (down) return;
    down = true;
    log(`Redis cannot be reached (${why}); using in-process state until it is back.`);
  };
  // ioredis emits "error" on every failed reconnect; without a listener it would be thrown.
  client.on("error", (error: Error) => markDown(error.message));
  client.on("close", () => markDown("connection closed"));
  const markUp = () => {
    if (!down) return;
    down = false;
    log("Redis is reachable again; shared state is back in use.");
  };
  client.on("ready", markUp);

  const isReady = () => client.status === "ready";

  return {
    client,
    keyPrefix: options.keyPrefix,
    isReady,
    async getMany(keys) {
      if (keys.length === 0) return [];
      if (!isReady()) return keys.map(() => undefined);
      try {
        const values = await client.mget(...keys);
        markUp();
        return values.map((value) => value ?? undefined);
      } catch (error) {
        markDown((error as Error).message);
        return keys.map(() => undefined);
      }
    },
    async setMany(entries, ttlMs) {
      if (entries.length === 0 || !isReady()) return;
      try {
        const pipeline = client.pipeline();
        for (const [key, value] of entries) pipeline.set(key, value, "PX", Math.max(1, ttlMs));
        await pipeline.exec();
        markUp();
      } catch (error) {
        markDown((error as Error).message);
      }
    },
    async ping(timeoutMs = 1_000) {
      if (!isReady()) return false;
      const timer = new Promise<false>((resolve) =>
        setTimeout(() => resolve(false), timeoutMs).unref(),
      );
      return Promise.race([
        client.ping().then(
          (reply) => reply === "PONG",
          () => false,
        ),
        timer,
      ]);
    },
    async close() {
      client.removeAllListeners("ready");
      down = true;
      await client.quit().catch(() => client.disconnect());
    },
  };
}
