import { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";
import type { LanguageCode, TranslationEngineV1 } from "@/lib/translation/engine-spec";
import {
  EngineUnavailableError,
  TranslationAbortedError,
  TranslationError,
} from "@/lib/translation/errors";

/** The subset of Chrome's built-in Translator API this engine uses. */
export interface BrowserTranslator {
  translate(text: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

export interface DownloadMonitor {
  addEventListener(type: "downloadprogress", listener: (event: { loaded: number }) => void): void;
}

/** What `Translator.availability()` answers for a language pair. */
export type TranslatorAvailability = "unavailable" | "downloadable" | "downloading" | "available";

export interface TranslatorApi {
  availability(options: {
    sourceLanguage: string;
    targetLanguage: string;
  }): Promise<TranslatorAvailability>;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (monitor: DownloadMonitor) => void;
    signal?: AbortSignal;
  }): Promise<BrowserTranslator>;
}

/** The browser's Translator global, when this browser has one. */
export function getBrowserTranslatorApi(): TranslatorApi | undefined {
  const candidate = (globalThis as { Translator?: TranslatorApi }).Translator;
  return candidate && typeof candidate.availability === "function" ? candidate : undefined;
}

/** Whether an availability answer means the browser can translate the pair (now or after a download). */
export const canTranslate = (state: TranslatorAvailability | undefined): boolean =>
  state === "available" || state === "downloadable" || state === "downloading";

export interface PrepareOptions {
  /** Model download progress, 0 to 1, from the monitor's `downloadprogress` events. */
  onDownloadProgress?: (loaded: number) => void;
  /** Cancels the download (and the creation of the translator). */
  signal?: AbortSignal;
}

/** Chrome's Translator as a Dvibhashi engine, with the steps the reader drives itself. */
export interface ChromeEngine extends TranslationEngineV1 {
  /** The Translator API's own answer for one direction; "unavailable" without the API. */
  availability(source: LanguageCode, target: LanguageCode): Promise<TranslatorAvailability>;
  /**
   * Starts creating the translator for a direction and returns it once ready. `create()` is
   * called before this returns, so calling it from a click handler keeps the user gesture the
   * browser requires before it downloads a model. A failed or cancelled creation is forgotten,
   * so the next attempt starts afresh.
   */
  prepare(
    source: LanguageCode,
    target: LanguageCode,
    options?: PrepareOptions,
  ): Promise<BrowserTranslator>;
  /** Frees the translators this page created. */
  destroy(): void;
}

/**
 * Chrome's on-device Translator API, run in the reader's browser: the text never leaves the
 * machine. Paragraphs go one at a time through the same orchestrator as server engines.
 */
export function createChromeEngine(settings: { translatorApi?: TranslatorApi } = {}): ChromeEngine {
  const api = () => settings.translatorApi ?? getBrowserTranslatorApi();
  const translators = new Map<string, Promise<BrowserTranslator>>();

  const prepare = (source: LanguageCode, target: LanguageCode, options: PrepareOptions = {}) => {
    const key = `${source}-${target}`;
    const existing = translators.get(key);
    if (existing) return existing;
    const translatorApi = api();
    if (!translatorApi)
      return Promise.reject(new EngineUnavailableError("This browser has no built-in Translator."));
    let created: Promise<BrowserTranslator>;
    try {
      created = translatorApi.create({
        sourceLanguage: source,
        targetLanguage: target,
        ...(options.signal ? { signal: options.signal } : {}),
        monitor: (monitor) =>
          monitor.addEventListener("downloadprogress", (event) =>
            options.onDownloadProgress?.(event.loaded),
          ),
      });
    } catch (error) {
      created = Promise.reject(error as Error);
    }
    // A cancelled creation ends here even if the browser never settles its own promise (one
    // whose download never started may not), so the next attempt starts afresh.
    const signal = options.signal;
    if (signal)
      created = Promise.race([
        created,
        new Promise<never>((_, reject) => {
          if (signal.aborted) reject(new TranslationAbortedError());
          signal.addEventListener("abort", () => reject(new TranslationAbortedError()), {
            once: true,
          });
        }),
      ]);
    const translator = created.catch((error: unknown) => {
      translators.delete(key);
      throw preparationError(error, options.signal);
    });
    translators.set(key, translator);
    return translator;
  };

  const availability = async (
    source: LanguageCode,
    target: LanguageCode,
  ): Promise<TranslatorAvailability> => {
    const translatorApi = api();
    if (!translatorApi) return "unavailable";
    try {
      return await translatorApi.availability({ sourceLanguage: source, targetLanguage: target });
    } catch {
      return "unavailable";
    }
  };

  return {
    specificationVersion: "v1",
    engineId: "chrome",
    modelId: "default",
    kind: "browser",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: 5_000,
      maxSegmentsPerRequest: 1,
      maxConcurrentRequests: 1,
    },
    availability,
    prepare,
    destroy() {
      for (const translator of translators.values())
        void translator.then((ready) => ready.destroy?.()).catch(() => undefined);
      translators.clear();
    },
    async checkAvailability() {
      const translatorApi = api();
      if (!translatorApi)
        return { available: false, reason: "This browser has no built-in Translator." };
      const states = await Promise.all(
        BOTH_DIRECTIONS.map((pair) => availability(pair.source, pair.target)),
      );
      return states.some(canTranslate)
        ? { available: true }
        : { available: false, reason: "The browser cannot translate Hindi and English." };
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      const translator = await prepare(source, target);
      const translations: string[] = [];
      for (const segment of segments) {
        try {
          translations.push(await translator.translate(segment, { signal: abortSignal }));
        } catch (error) {
          if (abortSignal?.aborted) throw new TranslationAbortedError();
          throw new TranslationError("engine_failure", {
            message: `The browser's translator failed: ${(error as Error).message}`,
            isRetryable: true,
          });
        }
      }
      return { translations };
    },
  };
}

/** A creation failure as a typed error: cancelled, refused (no gesture), or unavailable. */
function preparationError(error: unknown, signal: AbortSignal | undefined): TranslationError {
  if (error instanceof TranslationError) return error;
  const name = (error as { name?: string } | null)?.name;
  if (signal?.aborted || name === "AbortError") return new TranslationAbortedError();
  // The browser's own wording ("Requires a user gesture when availability is …") is for
  // developers; the reader is told what happened.
  if (name === "NotAllowedError")
    return new EngineUnavailableError("the browser did not allow its translator to download");
  const message = (error as Error | null)?.message ?? String(error);
  return new EngineUnavailableError(`the browser could not prepare its translator: ${message}`);
}
