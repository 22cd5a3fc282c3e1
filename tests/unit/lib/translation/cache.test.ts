import { describe, expect, it } from "vitest";
import { LruTranslationCache } from "@/lib/translation/cache";

const entry = (text: string) => ({ translation: text, sentences: [], engine: "fake:default" });

describe("LruTranslationCache", () => {
  it("stays within its byte bound by evicting the least recently used entries", () => {
    const cache = new LruTranslationCache(2_000);
    for (let index = 0; index < 50; index += 1) cache.set(`key-${index}`, entry("x".repeat(100)));
    expect(cache.bytes).toBeLessThanOrEqual(2_000);
    expect(cache.get("key-0")).toBeUndefined();
    expect(cache.get("key-49")).toBeDefined();
  });

  it("keeps an entry that was read recently", () => {
    // Each entry is about 650 bytes by the cache's estimate: three fit, a fourth evicts one.
    const cache = new LruTranslationCache(2_000);
    cache.set("a", entry("a".repeat(100)));
    cache.set("b", entry("b".repeat(100)));
    cache.get("a");
    cache.set("c", entry("c".repeat(100)));
    cache.set("d", entry("d".repeat(100)));
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("b")).toBeUndefined();
  });

  it("ignores an entry larger than the whole cache", () => {
    const cache = new LruTranslationCache(100);
    cache.set("big", entry("x".repeat(1_000)));
    expect(cache.size).toBe(0);
  });
});
