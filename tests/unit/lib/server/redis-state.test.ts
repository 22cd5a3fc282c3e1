import { afterEach, describe, expect, it } from "vitest";
import { RateLimiter } from "@/lib/server/rate-limit";
import { createRedisLink, type RedisLink } from "@/lib/server/redis-state";
import { WriteThroughCache } from "@/lib/store/write-through-cache";
import type { TranslationCacheStore, TranslationEntry } from "@/lib/store/store-spec";
import { LruTranslationCache, type CachedTranslation } from "@/lib/translation/cache";
import { createProbeCache } from "@/lib/translation/engines/http-support";
import { createOpenAIEngine } from "@/lib/translation/engines/openai/openai-engine";
import { startFixtureServer } from "@/tests/support/fixture-server";
import { openAIFixture, TEST_KEY } from "@/tests/support/vendor-fixtures";
import {
  closedPort,
  REDIS_SKIP_REASON,
  startRelay,
  TEST_REDIS_URL,
  uniqueKeyPrefix,
} from "@/tests/support/redis";

const links: RedisLink[] = [];
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await Promise.all(links.splice(0).map((link) => link.close()));
});

/** A link as one instance of the app would open it; `log` collects what it reports. */
function link(url: string, keyPrefix: string, log: string[] = []): RedisLink {
  const opened = createRedisLink({ url, keyPrefix, log: (line) => log.push(line) });
  links.push(opened);
  return opened;
}

async function untilReady(redis: RedisLink, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!redis.isReady()) {
    if (Date.now() > deadline) throw new Error("Redis did not become ready");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ENTRY: CachedTranslation = {
  translation: "A new bridge opened on the river.",
  sentences: [{ source: [0, 20], target: [0, 33] }],
  engine: "gloss:default",
};

/** A database tier that records what reached it. */
function recordingStore(): TranslationCacheStore & { puts: TranslationEntry[]; gets: number } {
  const rows = new Map<string, CachedTranslation>();
  const store = {
    puts: [] as TranslationEntry[],
    gets: 0,
    async getTranslations(keys: readonly string[]) {
      store.gets += 1;
      return new Map(
        keys.flatMap((key) => {
          const value = rows.get(key);
          return value ? [[key, value] as const] : [];
        }),
      );
    },
    async putTranslations(entries: readonly TranslationEntry[]) {
      store.puts.push(...entries);
      for (const entry of entries) if (!rows.has(entry.key)) rows.set(entry.key, entry.value);
    },
  };
  return store;
}

describe("Redis unreachable", () => {
  it("never blocks: rate limiting counts in memory, shared reads find nothing, one line is logged", async () => {
    const log: string[] = [];
    const redis = link(`redis://127.0.0.1:${await closedPort()}`, uniqueKeyPrefix(), log);
    const limiter = new RateLimiter(3, redis.client);
    for (let index = 0; index < 3; index += 1) await limiter.check("198.51.100.1");
    // The insurance limiter still enforces the budget, per process.
    await expect(limiter.check("198.51.100.1")).rejects.toMatchObject({ code: "rate_limited" });
    expect(await redis.getMany(["a", "b"])).toEqual([undefined, undefined]);
    await redis.setMany([["a", "1"]], 1_000);
    expect(await redis.ping(200)).toBe(false);
    // Reconnect attempts keep failing; it is reported once, not on every attempt.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(log.filter((line) => /cannot be reached/.test(line))).toHaveLength(1);
  });

  it("leaves the translation cache working on memory and the database", async () => {
    const redis = link(`redis://127.0.0.1:${await closedPort()}`, uniqueKeyPrefix());
    const store = recordingStore();
    const cache = new WriteThroughCache(
      new LruTranslationCache(1 << 20),
      async () => store,
      undefined,
      { state: redis, ttlMs: 60_000 },
    );
    cache.set("k1", ENTRY);
    await cache.flush();
    expect(store.puts.map((entry) => entry.key)).toEqual(["k1"]);
    const other = new WriteThroughCache(new LruTranslationCache(1 << 20), async () => store);
    await other.prefetch(["k1"]);
    expect(other.get("k1")).toEqual(ENTRY);
  });
});

describe.skipIf(!TEST_REDIS_URL)(
  `state shared through Redis${TEST_REDIS_URL ? "" : ` (${REDIS_SKIP_REASON})`}`,
  () => {
    const url = TEST_REDIS_URL ?? "";

    it("gives a client one rate-limit budget across two instances", async () => {
      const prefix = uniqueKeyPrefix("rate");
      const [first, second] = [link(url, prefix), link(url, prefix)];
      await Promise.all([untilReady(first), untilReady(second)]);
      const limiters = [new RateLimiter(4, first.client), new RateLimiter(4, second.client)];
      for (let index = 0; index < 4; index += 1) {
        await limiters[index % 2]?.check("203.0.113.9");
      }
      // Each instance has seen only two requests, yet the shared budget of four is spent.
      await expect(limiters[0]?.check("203.0.113.9")).rejects.toMatchObject({
        code: "rate_limited",
      });
      await expect(limiters[1]?.check("203.0.113.9")).rejects.toMatchObject({
        code: "rate_limited",
      });
      // Another client still has its own budget.
      await limiters[1]?.check("203.0.113.10");
    });

    it("lets one instance find another's translation without asking the database", async () => {
      const prefix = uniqueKeyPrefix("cache");
      const [first, second] = [link(url, prefix), link(url, prefix)];
      await Promise.all([untilReady(first), untilReady(second)]);
      const store = recordingStore();
      const writer = new WriteThroughCache(
        new LruTranslationCache(1 << 20),
        async () => undefined,
        undefined,
        { state: first, ttlMs: 60_000 },
      );
      const reader = new WriteThroughCache(
        new LruTranslationCache(1 << 20),
        async () => store,
        undefined,
        { state: second, ttlMs: 60_000 },
      );
      writer.set("paragraph-key", ENTRY);
      await writer.flush();
      await reader.prefetch(["paragraph-key", "absent-key"]);
      expect(reader.get("paragraph-key")).toEqual(ENTRY);
      expect(reader.get("absent-key")).toBeUndefined();
      // The database was asked only for what the shared tier lacked.
      expect(store.gets).toBe(1);
      // Entries expire: the TTL reached Redis.
      const ttl = await first.client.pttl("translation:paragraph-key");
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    });

    it("shares an engine's probe result, so the second instance does not probe", async () => {
      const prefix = uniqueKeyPrefix("probe");
      const [first, second] = [link(url, prefix), link(url, prefix)];
      await Promise.all([untilReady(first), untilReady(second)]);
      let probes = 0;
      const probe = async () => {
        probes += 1;
        return { available: false, reason: "LIBRETRANSLATE_URL does not answer." };
      };
      const one = createProbeCache(30_000, { state: first, name: "libretranslate" });
      const two = createProbeCache(30_000, { state: second, name: "libretranslate" });
      expect(await one("http://engine.test\u0000secret", probe)).toEqual({
        available: false,
        reason: "LIBRETRANSLATE_URL does not answer.",
      });
      expect(await two("http://engine.test\u0000secret", probe)).toEqual({
        available: false,
        reason: "LIBRETRANSLATE_URL does not answer.",
      });
      expect(probes).toBe(1);
      // The key holds a digest, never the API key itself.
      const keys = await first.client.keys(`${prefix}probe:*`);
      expect(keys).toHaveLength(1);
      expect(keys[0]).not.toContain("secret");
    });

    it("shares an OpenAI-compatible server's JSON-mode downgrade with the other instance", async () => {
      const prefix = uniqueKeyPrefix("json-mode");
      const [first, second] = [link(url, prefix), link(url, prefix)];
      await Promise.all([untilReady(first), untilReady(second)]);
      const server = await startFixtureServer(openAIFixture({ rejectSchema: true }));
      cleanups.push(() => server.close());
      const engine = (sharedState: RedisLink) =>
        createOpenAIEngine({
          baseUrl: server.url,
          apiKey: TEST_KEY,
          model: "fixture-model",
          env: {},
          sharedState,
        });
      const formats = () =>
        server.requests.map(
          (request) =>
            (request.body as { response_format?: { type: string } }).response_format?.type,
        );
      await engine(first).doTranslate({ segments: ["a"], source: "hi", target: "en" });
      expect(formats()).toEqual(["json_schema", "json_object"]);
      // The second instance has never been refused, yet asks the accepted way first.
      const other = await engine(second).doTranslate({
        segments: ["b"],
        source: "hi",
        target: "en",
      });
      expect(other.translations).toEqual(["[en] b"]);
      expect(formats()).toEqual(["json_schema", "json_object", "json_object"]);
    });

    it("falls back while Redis is away, logs once, and uses it again once it is back", async () => {
      const relay = await startRelay({
        host: new URL(url).hostname,
        port: Number(new URL(url).port || 6379),
      });
      cleanups.push(() => relay.close());
      const log: string[] = [];
      const prefix = uniqueKeyPrefix("outage");
      const redis = link(`redis://127.0.0.1:${relay.port}`, prefix, log);
      const direct = link(url, prefix);
      await Promise.all([untilReady(redis), untilReady(direct)]);
      await relay.cut();
      const limiter = new RateLimiter(100, redis.client);
      // Redis away: requests are still admitted, at once.
      await limiter.check("192.0.2.44");
      expect(await redis.getMany(["x"])).toEqual([undefined]);
      expect(log.filter((line) => /cannot be reached/.test(line))).toHaveLength(1);
      await relay.restore();
      await untilReady(redis, 15_000);
      await redis.setMany([["x", "back"]], 10_000);
      expect(await direct.getMany(["x"])).toEqual(["back"]);
      expect(log.at(-1)).toMatch(/reachable again/);
    });
  },
);
