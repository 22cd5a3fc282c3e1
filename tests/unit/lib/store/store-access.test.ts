import { describe, expect, it } from "vitest";
import { StoreError } from "@/lib/store/errors";
import { createStoreAccess } from "@/lib/store/store-access";
import type { Store } from "@/lib/store/store-spec";
import { WriteThroughCache } from "@/lib/store/write-through-cache";
import { LruTranslationCache } from "@/lib/translation/cache";

const fakeStore = (overrides: Partial<Store> = {}) =>
  ({ kind: "sqlite", close: async () => undefined, ...overrides }) as Store;

describe("createStoreAccess", () => {
  it("opens once and shares the store", async () => {
    let opens = 0;
    const access = createStoreAccess(async () => {
      opens += 1;
      return fakeStore();
    });
    const [first, second] = await Promise.all([access.get(), access.get()]);
    expect(first).toBe(second);
    expect(opens).toBe(1);
  });

  it("fails fast during an outage and tries again once the pause is over", async () => {
    let clock = 0;
    let opens = 0;
    let down = true;
    const access = createStoreAccess(
      async () => {
        opens += 1;
        if (down) throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
        return fakeStore();
      },
      { retryAfterMs: 1_000, now: () => clock },
    );
    await expect(access.get()).rejects.toMatchObject({ code: "store_unavailable" });
    await expect(access.get()).rejects.toBeInstanceOf(StoreError);
    expect(await access.tryGet()).toBeUndefined();
    expect(opens).toBe(1);
    down = false;
    clock = 1_500;
    await expect(access.get()).resolves.toBeDefined();
    expect(opens).toBe(2);
  });
});

describe("WriteThroughCache", () => {
  const value = { translation: "T", engine: "fake:default", sentences: [] };

  it("writes new entries to the store in batches and reads missing keys from it", async () => {
    const written: string[][] = [];
    const store = fakeStore({
      putTranslations: async (entries) => {
        written.push(entries.map((entry) => entry.key));
      },
      getTranslations: async (keys) =>
        new Map(keys.filter((key) => key.startsWith("db")).map((key) => [key, value])),
    });
    const cache = new WriteThroughCache(new LruTranslationCache(1e6), async () => store);
    cache.set("a", value);
    cache.set("b", value);
    await cache.flush();
    expect(written.flat()).toEqual(["a", "b"]);

    expect(cache.get("db-1")).toBeUndefined();
    await cache.prefetch(["a", "db-1", "other"]);
    expect(cache.get("db-1")?.translation).toBe("T");
    expect(cache.get("other")).toBeUndefined();
  });

  it("keeps working from memory when the store is down or refuses writes", async () => {
    const errors: unknown[] = [];
    const failing = fakeStore({
      putTranslations: async () => {
        throw new StoreError("store_read_only", "read-only");
      },
    });
    const cache = new WriteThroughCache(
      new LruTranslationCache(1e6),
      async () => failing,
      (error) => errors.push(error),
    );
    cache.set("a", value);
    await cache.flush();
    expect(cache.get("a")).toEqual(value);
    expect(errors).toHaveLength(1);

    const offline = new WriteThroughCache(new LruTranslationCache(1e6), async () => undefined);
    offline.set("b", value);
    await offline.prefetch(["c"]);
    await offline.flush();
    expect(offline.get("b")).toEqual(value);
  });
});
