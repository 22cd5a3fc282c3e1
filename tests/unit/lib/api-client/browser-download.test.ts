import { afterEach, describe, expect, it, vi } from "vitest";
import {
  currentBrowserDownload,
  DOWNLOAD_STALL_LIMIT_MS,
  watchDownloadStall,
} from "@/lib/api-client/browser-download";
import { startBrowserEngine, streamBrowserTranslation } from "@/lib/api-client/browser-translation";
import type { StreamChunk } from "@/lib/api-client/api-client";
import { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";
import type { TranslationEngineV1 } from "@/lib/translation/engine-spec";
import {
  createChromeEngine,
  type TranslatorApi,
} from "@/lib/translation/engines/chrome/chrome-engine";

/** Chrome's Translator when it cannot reach its model server: create() never reports or settles. */
function neverStartingTranslator() {
  const signals: AbortSignal[] = [];
  const api: TranslatorApi = {
    availability: async () => "downloadable",
    create: ({ signal }) => {
      if (signal) signals.push(signal);
      return new Promise(() => undefined);
    },
  };
  return { api, signals };
}

/** The offline draft as a test engine: "draft: <text>". */
const draftEngine: TranslationEngineV1 = {
  specificationVersion: "v1",
  engineId: "gloss",
  modelId: "default",
  kind: "offline",
  quality: "draft",
  languagePairs: BOTH_DIRECTIONS,
  limits: { maxCharactersPerRequest: 20_000, maxSegmentsPerRequest: 50, maxConcurrentRequests: 1 },
  checkAvailability: async () => ({ available: true }),
  doTranslate: async ({ segments }) => ({ translations: segments.map((text) => `draft: ${text}`) }),
};

afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as { Translator?: unknown }).Translator;
});

describe("a browser translator's download that never starts", () => {
  it("waits half a minute without a progress report before giving up", () => {
    expect(DOWNLOAD_STALL_LIMIT_MS).toBe(30_000);
  });

  it("the watchdog gives up only after the limit passes with no progress, each report restarting it", async () => {
    vi.useFakeTimers();
    const watch = watchDownloadStall(1_000);
    let failure: unknown;
    watch.stalled.catch((error: unknown) => (failure = error));
    await vi.advanceTimersByTimeAsync(900);
    watch.progress();
    await vi.advanceTimersByTimeAsync(900);
    expect(failure).toBeUndefined();
    await vi.advanceTimersByTimeAsync(200);
    expect(failure).toMatchObject({
      code: "timeout",
      message: "the download made no progress for 1 seconds",
    });
    const stopped = watchDownloadStall(1_000);
    let stoppedFailure: unknown;
    stopped.stalled.catch((error: unknown) => (stoppedFailure = error));
    stopped.stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(stoppedFailure).toBeUndefined();
  });

  it("is given up on like Cancel: the download bar goes, the browser's download is aborted, every row gets the draft", async () => {
    vi.useFakeTimers();
    const { api, signals } = neverStartingTranslator();
    (globalThis as { Translator?: unknown }).Translator = api;
    startBrowserEngine("chrome:default", "hi", "en", { showDownload: true, stallLimitMs: 5_000 });
    expect(currentBrowserDownload()?.engine).toBe("chrome:default");
    const chunks: StreamChunk[] = [];
    const reading = (async () => {
      for await (const chunk of streamBrowserTranslation(
        {
          paragraphs: ["बारिश हुई।", "लोग खुश हैं।"],
          source: "hi",
          target: "en",
          engine: "chrome:default",
        },
        undefined,
        { fallback: draftEngine },
      ))
        chunks.push(chunk);
    })();
    await vi.advanceTimersByTimeAsync(4_900);
    expect(chunks).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    await reading;
    expect(chunks[0]).toEqual({
      warning: { code: "timeout", message: "the download made no progress for 5 seconds" },
    });
    const rows = chunks.flatMap((chunk) => ("batch" in chunk ? (chunk.batch ?? []) : []));
    expect(rows.map((row) => [row.translation, row.fallback])).toEqual([
      ["draft: बारिश हुई।", true],
      ["draft: लोग खुश हैं।", true],
    ]);
    expect(currentBrowserDownload()).toBeNull();
    expect(signals.every((signal) => signal.aborted)).toBe(true);
  });

  it("a second Translate during a download that is going well shares it instead of giving up", async () => {
    vi.useFakeTimers();
    let created = 0;
    const api: TranslatorApi = {
      availability: async () => "downloadable",
      create: ({ monitor }) => {
        created += 1;
        const listeners: ((event: { loaded: number }) => void)[] = [];
        monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
        // Progress every second for twelve seconds, then the translator is ready.
        return new Promise((resolve) => {
          let loaded = 0;
          const timer = setInterval(() => {
            loaded += 1;
            for (const listener of listeners) listener({ loaded: loaded / 12 });
            if (loaded >= 12) {
              clearInterval(timer);
              resolve({ translate: async (text) => `chrome: ${text}` });
            }
          }, 1_000);
        });
      },
    };
    (globalThis as { Translator?: unknown }).Translator = api;
    startBrowserEngine("chrome:default", "hi", "en", { showDownload: true, stallLimitMs: 5_000 });
    await vi.advanceTimersByTimeAsync(3_000);
    // The reader changes the text and presses Translate again while the model downloads.
    startBrowserEngine("chrome:default", "hi", "en", { showDownload: true, stallLimitMs: 5_000 });
    const chunks: StreamChunk[] = [];
    const reading = (async () => {
      for await (const chunk of streamBrowserTranslation(
        { paragraphs: ["बारिश हुई।"], source: "hi", target: "en", engine: "chrome:default" },
        undefined,
        { fallback: draftEngine },
      ))
        chunks.push(chunk);
    })();
    expect(currentBrowserDownload()?.engine).toBe("chrome:default");
    // Past the second click's own stall limit: only a watch that hears the progress holds on.
    await vi.advanceTimersByTimeAsync(10_000);
    await reading;
    expect(created).toBe(1);
    expect(chunks.some((chunk) => "warning" in chunk)).toBe(false);
    const rows = chunks.flatMap((chunk) => ("batch" in chunk ? (chunk.batch ?? []) : []));
    expect(rows.map((row) => [row.translation, row.fallback])).toEqual([
      ["chrome: बारिश हुई।", false],
    ]);
    expect(currentBrowserDownload()).toBeNull();
  });

  it("a cancelled creation is forgotten even when the browser never settles it", async () => {
    const { api, signals } = neverStartingTranslator();
    const engine = createChromeEngine({ translatorApi: api });
    const controller = new AbortController();
    const first = engine.prepare("hi", "en", { signal: controller.signal });
    controller.abort();
    await expect(first).rejects.toMatchObject({ code: "aborted" });
    void engine.prepare("hi", "en", { signal: new AbortController().signal });
    expect(signals).toHaveLength(2);
  });
});
