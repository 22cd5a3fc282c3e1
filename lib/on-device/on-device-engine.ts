import { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";
import type { LanguageCode, TranslationEngineV1 } from "@/lib/translation/engine-spec";
import {
  EngineUnavailableError,
  TranslationAbortedError,
  TranslationError,
} from "@/lib/translation/errors";
import { filesFor, type ModelDirection } from "./model-manifest";
import { ModelDownloadError, readStoredFile, storedManifest } from "./model-store";
import { startTranslatorWorker, type TranslatorWorker, type WorkerFile } from "./worker-client";

/** The on-device translator as a Dvibhashi engine, with the step that loads its model. */
export interface OnDeviceEngine extends TranslationEngineV1 {
  /** Loads the stored model for a direction into the worker (once). */
  prepare(source: LanguageCode, target: LanguageCode): Promise<void>;
  /** Stops the worker and forgets loaded models (after "Remove the on-device translator"). */
  reset(): void;
}

const directionOf = (source: LanguageCode, target: LanguageCode): ModelDirection =>
  source === "hi" && target === "en" ? "hi-en" : "en-hi";

/**
 * Bergamot with Mozilla's tiny Hindi⇄English models, in a Web Worker in the reader's browser.
 * Available once the reader has downloaded the model; from then on it needs no network, and
 * the text never leaves the browser.
 */
export function createOnDeviceEngine(
  settings: { startWorker?: () => TranslatorWorker } = {},
): OnDeviceEngine {
  let worker: TranslatorWorker | undefined;
  const loaded = new Map<ModelDirection, Promise<void>>();
  const workerNow = () => {
    worker ??= (settings.startWorker ?? startTranslatorWorker)();
    return worker;
  };

  const prepare = (source: LanguageCode, target: LanguageCode): Promise<void> => {
    const direction = directionOf(source, target);
    let ready = loaded.get(direction);
    if (!ready) {
      ready = (async () => {
        const manifest = await storedManifest();
        if (!manifest)
          throw new EngineUnavailableError("the on-device translator has not been downloaded");
        const files: Record<string, WorkerFile> = {};
        for (const file of filesFor(manifest, direction))
          files[file.role] = {
            bytes: await readStoredFile(manifest, file),
            compression: file.compression,
          };
        const running = workerNow();
        await running.init();
        await running.load(direction, files);
      })().catch((error: unknown) => {
        loaded.delete(direction);
        if (error instanceof TranslationError) throw error;
        const reason =
          error instanceof ModelDownloadError || error instanceof Error
            ? error.message
            : String(error);
        throw new EngineUnavailableError(`the on-device translator could not load: ${reason}`);
      });
      loaded.set(direction, ready);
    }
    return ready;
  };

  return {
    specificationVersion: "v1",
    engineId: "on-device",
    modelId: "bergamot-tiny",
    kind: "browser",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: 5_000,
      maxSegmentsPerRequest: 1,
      maxConcurrentRequests: 1,
    },
    prepare,
    reset() {
      worker?.terminate();
      worker = undefined;
      loaded.clear();
    },
    async checkAvailability() {
      if (typeof Worker === "undefined" || typeof WebAssembly === "undefined")
        return { available: false, reason: "This browser cannot run the on-device translator." };
      const manifest = await storedManifest().catch(() => null);
      return manifest
        ? { available: true }
        : { available: false, reason: "The on-device translator has not been downloaded." };
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      await prepare(source, target);
      if (abortSignal?.aborted) throw new TranslationAbortedError();
      try {
        const translations = await workerNow().translate(directionOf(source, target), [
          ...segments,
        ]);
        if (abortSignal?.aborted) throw new TranslationAbortedError();
        return { translations };
      } catch (error) {
        if (error instanceof TranslationError) throw error;
        throw new TranslationError("engine_failure", {
          message: `The on-device translator failed: ${(error as Error).message}`,
          isRetryable: false,
        });
      }
    },
  };
}
