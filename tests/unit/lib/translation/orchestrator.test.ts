import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import type { TranslationCacheStore } from "@/lib/store/store-spec";
import { WriteThroughCache } from "@/lib/store/write-through-cache";
import { LruTranslationCache } from "@/lib/translation/cache";
import { TranslationError } from "@/lib/translation/errors";
import { translateDocument, type ParagraphTranslation } from "@/lib/translation/orchestrator";
import { createFakeEngine } from "@/tests/support/fake-engine";

const paragraphs = ["पहला अनुच्छेद।", "दूसरा अनुच्छेद।", "तीसरा अनुच्छेद।", "चौथा अनुच्छेद।", "पांचवां अनुच्छेद।"];
const base = {
  source: "hi" as const,
  target: "en" as const,
  retryBaseDelayMs: 1,
  random: () => 0.5,
};

describe("translateDocument", () => {
  it("returns one result per paragraph, in order, with the producing engine", async () => {
    const engine = createFakeEngine();
    const results = await translateDocument({ ...base, engine, paragraphs });
    expect(results.map((result) => result.translation)).toEqual(
      paragraphs.map((paragraph) => `EN(${paragraph})`),
    );
    expect(results.map((result) => result.index)).toEqual([0, 1, 2, 3, 4]);
    expect(results.every((result) => result.engine === "fake:default")).toBe(true);
  });

  it("writes the cache's database tier once the document is done, not between engine answers", async () => {
    const written: { keys: string[]; arrived: number }[] = [];
    const arrived: number[] = [];
    const store = {
      putTranslations: async (entries: readonly { key: string }[]) => {
        written.push({ keys: entries.map((entry) => entry.key), arrived: arrived.length });
      },
    } as unknown as TranslationCacheStore;
    const cache = new WriteThroughCache(new LruTranslationCache(1e6), async () => store);
    // Five requests of one paragraph, one at a time: each answer lands a timer after the last.
    const engine = createFakeEngine({ maxSegmentsPerRequest: 1, maxConcurrentRequests: 1 });
    const results = await translateDocument({
      ...base,
      engine,
      paragraphs,
      cache,
      onParagraph: (result) => arrived.push(result.index),
    });
    expect(written).toEqual([]);
    await cache.flush();
    expect(written).toHaveLength(1);
    expect(written[0]?.arrived).toBe(paragraphs.length);
    expect(written[0]?.keys).toHaveLength(paragraphs.length);
    expect(results.every((result) => result.translation !== null)).toBe(true);
    // A later document's lookups find them (memory tier) without an engine call.
    const again = await translateDocument({ ...base, engine, paragraphs, cache });
    expect(again.every((result) => result.cached)).toBe(true);
    expect(engine.calls).toHaveLength(paragraphs.length);
  });

  it("packs paragraphs into as few requests as the segment limit allows", async () => {
    const engine = createFakeEngine({ maxSegmentsPerRequest: 2 });
    await translateDocument({ ...base, engine, paragraphs });
    expect(engine.calls.map((call) => call.length)).toEqual([2, 2, 1]);
  });

  it("respects the character limit per request", async () => {
    const engine = createFakeEngine({ maxCharactersPerRequest: 30 });
    await translateDocument({ ...base, engine, paragraphs });
    for (const call of engine.calls) expect(call.join("").length).toBeLessThanOrEqual(30);
    expect(engine.calls.flat()).toEqual(paragraphs);
  });

  it("splits a paragraph longer than the limit at sentences and joins the pieces back", async () => {
    const long = "एक वाक्य यहां है। दूसरा वाक्य यहां है। तीसरा वाक्य यहां है।";
    const engine = createFakeEngine({ maxCharactersPerRequest: 25 });
    const [result] = await translateDocument({ ...base, engine, paragraphs: [long] });
    expect(engine.calls.flat()).toEqual([
      "एक वाक्य यहां है।",
      "दूसरा वाक्य यहां है।",
      "तीसरा वाक्य यहां है।",
    ]);
    expect(result?.translation).toBe(
      "EN(एक वाक्य यहां है।) EN(दूसरा वाक्य यहां है।) EN(तीसरा वाक्य यहां है।)",
    );
  });

  it("bounds the number of requests in flight", async () => {
    const engine = createFakeEngine({ maxSegmentsPerRequest: 1, maxConcurrentRequests: 2 });
    await translateDocument({ ...base, engine, paragraphs });
    expect(engine.calls).toHaveLength(5);
    expect(engine.maxInFlight()).toBe(2);
  });

  it("retries a batch paragraph by paragraph when the count of outputs is wrong", async () => {
    const engine = createFakeEngine({
      respond: ({ segments }) =>
        segments.length > 1
          ? { translations: [segments.join(" ")] } // merged: one output for many inputs
          : { translations: [`EN(${segments[0]})`] },
    });
    const results = await translateDocument({
      ...base,
      engine,
      paragraphs: paragraphs.slice(0, 3),
    });
    expect(engine.calls.map((call) => call.length)).toEqual([3, 1, 1, 1]);
    expect(results.map((result) => result.translation)).toEqual(
      paragraphs.slice(0, 3).map((paragraph) => `EN(${paragraph})`),
    );
  });

  it("retries retryable errors with backoff and then succeeds", async () => {
    const engine = createFakeEngine({
      respond: ({ segments }, call) => {
        if (call < 3)
          throw new TranslationError("rate_limited", {
            message: "slow down",
            isRetryable: true,
            retryAfterMs: 5,
          });
        return { translations: segments.map((segment) => `EN(${segment})`) };
      },
    });
    const results = await translateDocument({
      ...base,
      engine,
      paragraphs: paragraphs.slice(0, 2),
    });
    expect(engine.calls).toHaveLength(3);
    expect(results.every((result) => result.error === undefined)).toBe(true);
  });

  it("does not retry errors that are not retryable", async () => {
    const engine = createFakeEngine({
      respond: () => {
        throw new TranslationError("authentication_failed", { message: "Set FAKE_KEY." });
      },
    });
    const results = await translateDocument({
      ...base,
      engine,
      paragraphs: paragraphs.slice(0, 2),
    });
    expect(engine.calls).toHaveLength(1);
    expect(results.map((result) => result.error?.code)).toEqual([
      "authentication_failed",
      "authentication_failed",
    ]);
    expect(results.every((result) => result.translation === null)).toBe(true);
  });

  it("times out a hanging engine and marks its paragraphs, without hanging itself", async () => {
    const engine = createFakeEngine({ respond: () => new Promise(() => undefined) });
    const results = await translateDocument({
      ...base,
      engine,
      paragraphs: ["अटका हुआ।"],
      timeoutMs: 20,
      maxRetries: 1,
    });
    expect(engine.calls).toHaveLength(2);
    expect(results[0]?.error?.code).toBe("timeout");
  });

  it("honours an AbortSignal", async () => {
    const controller = new AbortController();
    const engine = createFakeEngine({ respond: () => new Promise(() => undefined) });
    const running = translateDocument({
      ...base,
      engine,
      paragraphs,
      abortSignal: controller.signal,
    });
    setTimeout(() => controller.abort(), 10);
    await expect(running).rejects.toMatchObject({ code: "aborted" });
  });

  it("serves repeated paragraphs from the cache", async () => {
    const cache = new LruTranslationCache(1024 * 1024);
    const engine = createFakeEngine();
    await translateDocument({ ...base, engine, paragraphs: paragraphs.slice(0, 2), cache });
    const second = await translateDocument({
      ...base,
      engine,
      paragraphs: paragraphs.slice(0, 3),
      cache,
    });
    expect(engine.calls.flat()).toEqual([paragraphs[0], paragraphs[1], paragraphs[2]]);
    expect(second.map((result) => result.cached)).toEqual([true, true, false]);
  });

  it("keys the cache by direction: the same text the other way is a miss", async () => {
    const cache = new LruTranslationCache(1024 * 1024);
    const engine = createFakeEngine();
    await translateDocument({ ...base, engine, paragraphs: ["same"], cache });
    await translateDocument({
      ...base,
      source: "en",
      target: "hi",
      engine,
      paragraphs: ["same"],
      cache,
    });
    expect(engine.calls).toHaveLength(2);
  });

  it("reports each paragraph as it arrives and keeps the rest when one fails", async () => {
    const engine = createFakeEngine({
      maxSegmentsPerRequest: 1,
      respond: ({ segments }) => {
        if (segments[0]?.startsWith("तीसरा"))
          throw new TranslationError("engine_failure", { message: "boom" });
        return { translations: segments.map((segment) => `EN(${segment})`) };
      },
    });
    const seen: ParagraphTranslation[] = [];
    const results = await translateDocument({
      ...base,
      engine,
      paragraphs,
      maxRetries: 0,
      onParagraph: (result) => seen.push(result),
    });
    expect(seen).toHaveLength(5);
    expect(results[2]?.error).toEqual({ code: "engine_failure", message: "boom" });
    expect(results.filter((result) => result.translation !== null)).toHaveLength(4);
  });

  it("hands failed paragraphs to the fallback engine and says which engine produced them", async () => {
    const engine = createFakeEngine({
      respond: () => {
        throw new TranslationError("engine_failure", { message: "down" });
      },
    });
    const fallback = createFakeEngine({ engineId: "backup" });
    const results = await translateDocument({
      ...base,
      engine,
      fallback,
      paragraphs: paragraphs.slice(0, 2),
      maxRetries: 0,
    });
    expect(results.map((result) => result.engine)).toEqual(["backup:default", "backup:default"]);
    expect(results.every((result) => result.error === undefined)).toBe(true);
  });

  it("passes punctuation-only and empty paragraphs through without calling the engine", async () => {
    const engine = createFakeEngine();
    const results = await translateDocument({ ...base, engine, paragraphs: ["***", "", "शब्द।"] });
    expect(engine.calls).toEqual([["शब्द।"]]);
    expect(results.map((result) => result.translation)).toEqual(["***", "", "EN(शब्द।)"]);
  });

  it("computes sentence alignment when the engine gives none", async () => {
    const engine = createFakeEngine({ respond: () => ({ translations: ["One. Two."] }) });
    const [result] = await translateDocument({ ...base, engine, paragraphs: ["एक। दो।"] });
    expect(result?.sentences).toEqual([
      { source: [0, 3], target: [0, 4] },
      { source: [4, 7], target: [5, 9] },
    ]);
  });

  it("refuses a direction the engine does not support", async () => {
    const engine = createFakeEngine();
    Object.assign(engine, { languagePairs: [{ source: "en", target: "hi" }] });
    await expect(translateDocument({ ...base, engine, paragraphs })).rejects.toMatchObject({
      code: "unsupported_language_pair",
    });
  });
});

describe("translateDocument on one abort signal", () => {
  it("leaves no listener on the caller's signal after many batches (no MaxListenersExceededWarning)", async () => {
    const controller = new AbortController();
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    try {
      // One segment per request and one request at a time: 24 engine calls on one signal.
      const engine = createFakeEngine({ maxSegmentsPerRequest: 1, maxConcurrentRequests: 1 });
      const paragraphs = Array.from({ length: 24 }, (_, index) => `Paragraph ${index}.`);
      const results = await translateDocument({
        engine,
        paragraphs,
        source: "en",
        target: "hi",
        abortSignal: controller.signal,
      });
      expect(engine.calls).toHaveLength(24);
      expect(results.every((result) => result.error === undefined)).toBe(true);
      expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
      // Node reports a listener leak asynchronously; give it its turn before looking.
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.filter((warning) => warning.name === "MaxListenersExceededWarning")).toEqual(
        [],
      );
    } finally {
      process.off("warning", onWarning);
    }
  });
});

describe("translateDocument with a translation memory", () => {
  const revision = { id: 3, author: "Asha", createdAt: "2026-11-24T10:00:00Z", documentId: null };

  it("uses a correction before the cache and the engine, and marks it", async () => {
    const engine = createFakeEngine();
    const cache = new LruTranslationCache(1e6);
    const results = await translateDocument({
      engine,
      cache,
      paragraphs: ["पहला।", "दूसरा।"],
      source: "hi",
      target: "en",
      corrections: async (texts) =>
        new Map(
          texts
            .filter((text) => text === "दूसरा।")
            .map((text) => [text, { translation: "The second, by hand.", revision }]),
        ),
    });
    expect(results[1]).toMatchObject({
      translation: "The second, by hand.",
      engine: "memory",
      revision,
    });
    expect(engine.calls.flat()).toEqual(["पहला।"]);
  });

  it("translates with the engine when the memory lookup fails", async () => {
    const engine = createFakeEngine();
    const results = await translateDocument({
      engine,
      paragraphs: ["पहला।"],
      source: "hi",
      target: "en",
      corrections: () => Promise.reject(new Error("database down")),
    });
    expect(results[0]?.translation).toBe("EN(पहला।)");
    expect(results[0]?.revision).toBeUndefined();
  });

  it("hands a whole batch on before the caller's pending work (its stream's write) runs", async () => {
    const engine = createFakeEngine();
    const events: string[] = [];
    await translateDocument({
      ...base,
      engine,
      paragraphs,
      onParagraph: (result) => {
        events.push(`paragraph ${result.index}`);
        // What a stream does with a paragraph happens in a later task, like a socket write.
        if (result.index === 0) setImmediate(() => events.push("written"));
      },
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(engine.calls).toHaveLength(1);
    expect(events).toEqual([...paragraphs.map((_, index) => `paragraph ${index}`), "written"]);
  });

  it("hands each paragraph on before caching it", async () => {
    const events: string[] = [];
    const memory = new LruTranslationCache(1e6);
    const cache = {
      get: (key: string) => memory.get(key),
      set: (key: string, value: Parameters<LruTranslationCache["set"]>[1]) => {
        events.push(`cached ${value.translation}`);
        memory.set(key, value);
      },
    };
    await translateDocument({
      ...base,
      engine: createFakeEngine(),
      paragraphs: paragraphs.slice(0, 2),
      cache,
      onParagraph: (result) => events.push(`handed on ${result.translation ?? ""}`),
    });
    expect(events).toEqual([
      `handed on EN(${paragraphs[0]})`,
      `cached EN(${paragraphs[0]})`,
      `handed on EN(${paragraphs[1]})`,
      `cached EN(${paragraphs[1]})`,
    ]);
  });
});
