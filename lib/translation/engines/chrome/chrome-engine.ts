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

export interface TranslatorApi {
  availability(options: {
    sourceLanguage: string;
    targetLanguage: string;
  }): Promise<"unavailable" | "downloadable" | "downloading" | "available">;
  create(options: {
    sourceLanguage: string;
    targetLanguage: string;
    monitor?: (monitor: DownloadMonitor) => void;
    signal?: AbortSignal;
  }): Promise<BrowserTranslator>;
}

export interface ChromeEngineSettings {
  /** The Translator global; defaults to the browser's own. */
  translatorApi?: TranslatorApi;
  /** Model download progress, 0 to 1. */
  onDownloadProgress?: (loaded: number) => void;
}

/** The browser's Translator global, when this browser has one. */
export function getBrowserTranslatorApi(): TranslatorApi | undefined {
  const candidate = (globalThis as { Translator?: TranslatorApi }).Translator;
  return candidate && typeof candidate.availability === "function" ? candidate : undefined;
}

/**
 * Chrome's on-device Translator API, run in the reader's browser: the text never leaves the
 * machine. Paragraphs go one at a time through the same orchestrator as server engines, so
 * progress, errors and retries behave the same. Creating a translator may download a language
 * model, which the browser allows only after a user gesture (the Translate click).
 */
export function createChromeEngine(settings: ChromeEngineSettings = {}): TranslationEngineV1 {
  const api = () => settings.translatorApi ?? getBrowserTranslatorApi();
  const translators = new Map<string, Promise<BrowserTranslator>>();

  const translatorFor = (source: LanguageCode, target: LanguageCode, signal?: AbortSignal) => {
    const key = `${source}-${target}`;
    let translator = translators.get(key);
    if (!translator) {
      const translatorApi = api();
      if (!translatorApi)
        throw new EngineUnavailableError("This browser has no built-in Translator.");
      translator = translatorApi.create({
        sourceLanguage: source,
        targetLanguage: target,
        signal,
        monitor: (monitor) =>
          monitor.addEventListener("downloadprogress", (event) =>
            settings.onDownloadProgress?.(event.loaded),
          ),
      });
      translators.set(key, translator);
      // A failed creation (refused download, unsupported pair) must not be cached for good.
      translator.catch(() => translators.delete(key));
    }
    return translator;
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
    async checkAvailability() {
      const translatorApi = api();
      if (!translatorApi)
        return { available: false, reason: "This browser has no built-in Translator." };
      try {
        const state = await translatorApi.availability({
          sourceLanguage: "hi",
          targetLanguage: "en",
        });
        return state === "unavailable"
          ? { available: false, reason: "The browser cannot translate Hindi and English." }
          : { available: true };
      } catch {
        return { available: false, reason: "The browser's Translator did not answer." };
      }
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      const translator = await translatorFor(source, target, abortSignal).catch(
        (error: unknown) => {
          if (abortSignal?.aborted) throw new TranslationAbortedError();
          throw new EngineUnavailableError(
            `The browser could not prepare its translator: ${(error as Error).message}`,
          );
        },
      );
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
