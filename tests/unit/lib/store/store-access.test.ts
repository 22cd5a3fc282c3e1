import { describe, expect, it } from "vitest";
import { StoreError } from "@/lib/store/errors";
import path from "node:path";
import { openSqliteStore } from "@/lib/store/sqlite-store";
import { createStoreAccess } from "@/lib/store/store-access";
import { makeReadOnly, makeWritable, scratchFolder } from "@/tests/support/databases";
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

describe("a read-only SQLite file that becomes writable again", () => {
  it("is written to again without a restart", async (context) => {
    const scratch = scratchFolder();
    const file = path.join(scratch.folder, "dvibhashi.db");
    try {
      const first = await openSqliteStore({ file });
      await first.close();
      if (!makeReadOnly(file)) context.skip("this machine cannot make a file read-only");
      let clock = 0;
      const access = createStoreAccess(() => openSqliteStore({ file }), {
        retryAfterMs: 1_000,
        now: () => clock,
      });
      const document = {
        title: null,
        byline: null,
        sourceUrl: null,
        source: "hi" as const,
        target: "en" as const,
        engine: "gloss",
        paragraphs: [
          { source: "क", translation: "k", engine: "gloss", fallback: false, sentences: [] },
        ],
        editKeyHash: null,
      };
      await expect((await access.get()).createDocument(document)).rejects.toMatchObject({
        code: "store_read_only",
      });
      makeWritable(file);
      clock += 1_000;
      const saved = await (await access.get()).createDocument(document);
      expect(await (await access.get()).getDocument(saved.id)).toBeDefined();
      await access.close();
    } finally {
      scratch.remove();
    }
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

  it("writes to the store one setImmediate later, after what was queued before the set", async () => {
    const events: string[] = [];
    const store = fakeStore({
      putTranslations: async (entries) => {
        events.push(`store ${entries.map((entry) => entry.key).join(",")}`);
      },
    });
    const cache = new WriteThroughCache(new LruTranslationCache(1e6), async () => store);
    // The reader's stream write, queued as the paragraph was handed on, before it was cached.
    setImmediate(() => events.push("stream write"));
    cache.set("a", value);
    cache.set("b", value);
    expect(events).toEqual([]);
    // Queued after the set: by its turn the write has been offered to the store.
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(events).toEqual(["stream write", "store a,b"]);
    await cache.flush();
  });

  it("holds writes while a document translates and writes them once the last hold ends", async () => {
    const written: string[][] = [];
    const store = fakeStore({
      putTranslations: async (entries) => {
        written.push(entries.map((entry) => entry.key));
      },
    });
    const cache = new WriteThroughCache(new LruTranslationCache(1e6), async () => store);
    const releaseFirst = cache.holdWrites();
    const releaseSecond = cache.holdWrites();
    cache.set("a", value);
    cache.set("b", value);
    // Memory has them at once; the store waits.
    expect(cache.get("a")?.translation).toBe("T");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(written).toEqual([]);
    releaseFirst();
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(written).toEqual([]);
    releaseSecond();
    await new Promise<void>((resolve) => setImmediate(resolve));
    await cache.flush();
    expect(written).toEqual([["a", "b"]]);
  });

  it("writes held entries on flush, and once too many wait", async () => {
    const written: string[] = [];
    const store = fakeStore({
      putTranslations: async (entries) => {
        written.push(...entries.map((entry) => entry.key));
      },
    });
    const cache = new WriteThroughCache(new LruTranslationCache(1e7), async () => store);
    const release = cache.holdWrites();
    cache.set("held", value);
    await cache.flush();
    expect(written).toEqual(["held"]);
    // A very long document (or many at once) does not keep its writes in memory without bound.
    for (let index = 0; index < 2_500; index += 1) cache.set(`k${index}`, value);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(written.length).toBeGreaterThanOrEqual(2_000);
    release();
    await cache.flush();
    expect(written.length).toBe(2_501);
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
