import {
  createChromeEngine,
  type ChromeEngine,
  type PrepareOptions,
} from "@/lib/translation/engines/chrome/chrome-engine";
import type {
  LanguageCode,
  TranslationEngine,
  TranslationEngineV1,
} from "@/lib/translation/engine-spec";
import { TranslationError, toTranslationError } from "@/lib/translation/errors";
import { translateChecked } from "@/lib/translation/checked-translation";
import type { ParagraphTranslation } from "@/lib/translation/orchestrator";
import { createOnDeviceEngine, type OnDeviceEngine } from "@/lib/on-device/on-device-engine";
import type { StreamChunk, TranslateInput } from "./api-client";
import { beginBrowserDownload, watchDownloadStall } from "./browser-download";
import { browserEngineFamily } from "./browser-engine-ids";
import { createServerGlossFallback } from "./browser-fallback";
import { keepsArticlesInBrowser } from "./browser-privacy";
import type { ApiParagraph } from "@/lib/api/wire-types";

export { isBrowserEngine } from "./browser-engine-ids";

/** A browser engine that must get ready (create a translator, load a model) before translating. */
export interface PreparableEngine extends TranslationEngineV1 {
  prepare(source: LanguageCode, target: LanguageCode, options?: PrepareOptions): Promise<unknown>;
}

let chrome: ChromeEngine | undefined;
let onDevice: OnDeviceEngine | undefined;

/** One Chrome engine per page, so a downloaded language model is created once. */
export function chromeEngine(): ChromeEngine {
  chrome ??= createChromeEngine();
  return chrome;
}

/** One on-device engine per page: one worker, models loaded once. */
export function onDeviceEngine(): OnDeviceEngine {
  onDevice ??= createOnDeviceEngine();
  return onDevice;
}

export function browserEngineFor(id: string): PreparableEngine {
  const family = browserEngineFamily(id);
  if (family === "chrome") return chromeEngine();
  if (family === "on-device") return onDeviceEngine();
  throw new TranslationError("engine_not_found", { message: `No browser engine "${id}".` });
}

/** Preparations started by a click, handed to the translation that click starts. */
const started = new Map<string, Promise<unknown>>();
/**
 * Preparations still under way. A second click while one runs (the reader edits the text and
 * translates again during a model download) shares it, with its progress bar and its stall
 * watch: the browser hands the second caller the same translator without reporting progress to
 * it, so a watch of its own would hear nothing and give up on a download that is going well.
 */
const underWay = new Map<string, Promise<unknown>>();
const startKey = (id: string, source: LanguageCode, target: LanguageCode) =>
  `${browserEngineFamily(id)}|${source}-${target}`;

/**
 * Starts getting a browser engine ready. Call it from the click (or key press) that asks for
 * the translation: Chrome creates its translator, and may download its model, only within a
 * user gesture. With `showDownload`, the reader shows a progress bar with Cancel meanwhile, and
 * the download is given up on after `stallLimitMs` without a progress report.
 */
export function startBrowserEngine(
  id: string,
  source: LanguageCode,
  target: LanguageCode,
  options: {
    showDownload: boolean;
    /** How long the download may report no progress; DOWNLOAD_STALL_LIMIT_MS unless a test says. */
    stallLimitMs?: number;
  },
): void {
  const key = startKey(id, source, target);
  const running = underWay.get(key);
  if (running !== undefined) {
    started.set(key, running);
    return;
  }
  const engine = browserEngineFor(id);
  const controller = new AbortController();
  const download = options.showDownload
    ? beginBrowserDownload(id, () => controller.abort())
    : undefined;
  // A download that never reports progress (a browser that cannot reach its model server) is
  // given up on as Cancel would: the rows then get the offline draft instead of waiting forever.
  const watch = options.showDownload ? watchDownloadStall(options.stallLimitMs) : undefined;
  const prepared = engine.prepare(source, target, {
    signal: controller.signal,
    onDownloadProgress: (loaded) => {
      watch?.progress();
      download?.progress(loaded);
    },
  });
  const ready = watch ? Promise.race([prepared, watch.stalled]) : prepared;
  underWay.set(key, ready);
  void ready.then(
    () => {
      underWay.delete(key);
      watch?.stop();
      download?.end();
    },
    () => {
      underWay.delete(key);
      watch?.stop();
      // Stops the browser's download too when the watchdog gave up on it.
      controller.abort();
      download?.end();
    },
  );
  started.set(key, ready);
}

const toApi = (paragraph: ParagraphTranslation): ApiParagraph => ({ ...paragraph });

/** Paragraphs as they complete, pushed by the orchestrator and pulled by the stream. */
function channel() {
  const ready: ApiParagraph[] = [];
  let wake: (() => void) | undefined;
  return {
    push(paragraph: ApiParagraph) {
      ready.push(paragraph);
      wake?.();
    },
    wake: () => wake?.(),
    take: () => ready.splice(0, ready.length),
    wait: () =>
      new Promise<void>((resolve) => {
        wake = resolve;
      }),
  };
}

/**
 * Translates in the browser with the same orchestrator the server uses, yielding paragraphs as
 * they complete in the same shape as the server's NDJSON stream. The engine is made ready first
 * (outside the per-paragraph timeout, since a model download can take minutes). If it cannot be
 * (download refused or cancelled, model broken), every paragraph gets the offline draft marked
 * as a fallback, and a warning says why; a paragraph the engine fails on gets the draft too.
 * When the reader keeps articles in the browser, nothing goes to the server: such paragraphs
 * show their error and can be retried.
 */
export async function* streamBrowserTranslation(
  input: TranslateInput,
  signal?: AbortSignal,
  options: { engine?: PreparableEngine; fallback?: TranslationEngine | null } = {},
): AsyncGenerator<StreamChunk> {
  const engine = options.engine ?? browserEngineFor(input.engine);
  const fallback =
    options.fallback !== undefined
      ? (options.fallback ?? undefined)
      : keepsArticlesInBrowser()
        ? undefined
        : createServerGlossFallback();
  const key = startKey(input.engine, input.source, input.target);
  const preparation = started.get(key) ?? engine.prepare(input.source, input.target);
  started.delete(key);

  let primary: TranslationEngine = engine;
  let markFallback = false;
  try {
    await preparation;
  } catch (error) {
    if (signal?.aborted) throw error;
    const problem = toTranslationError(error);
    const message = problem.code === "aborted" ? "the download was cancelled" : problem.message;
    yield { warning: { code: problem.code, message } };
    if (fallback) {
      primary = fallback;
      markFallback = true;
    } else {
      yield {
        batch: input.paragraphs.map((source, index) => ({
          index,
          source,
          translation: null,
          engine: `${engine.engineId}:${engine.modelId}`,
          cached: false,
          sentences: [],
          error: { code: problem.code, message: problem.message },
        })),
      };
      yield { done: true };
      return;
    }
  }

  const stream = channel();
  let finished = false;
  let failure: TranslationError | undefined;
  void translateChecked({
    glossary: input.glossary,
    engine: primary,
    ...(primary === engine && fallback ? { fallback } : {}),
    paragraphs: input.paragraphs,
    source: input.source,
    target: input.target,
    abortSignal: signal,
    onParagraph: (paragraph) =>
      stream.push(toApi(markFallback ? { ...paragraph, fallback: true } : paragraph)),
  })
    .catch((error: unknown) => {
      failure = toTranslationError(error);
    })
    .finally(() => {
      finished = true;
      stream.wake();
    });
  for (;;) {
    const arrived = stream.take();
    if (arrived.length > 0) {
      yield { batch: arrived };
      continue;
    }
    if (finished) break;
    await stream.wait();
  }
  yield {
    done: true,
    ...(failure ? { error: { code: failure.code, message: failure.message } } : {}),
  };
}

/** Translates a few texts in the browser (a retried paragraph, summary bullets). */
export async function translateInBrowser(
  input: TranslateInput,
  engine: PreparableEngine = browserEngineFor(input.engine),
): Promise<ApiParagraph[]> {
  await engine.prepare(input.source, input.target);
  const fallback = keepsArticlesInBrowser() ? undefined : createServerGlossFallback();
  const results = await translateChecked({
    glossary: input.glossary,
    engine,
    ...(fallback ? { fallback } : {}),
    paragraphs: input.paragraphs,
    source: input.source,
    target: input.target,
  });
  return results.map(toApi);
}
