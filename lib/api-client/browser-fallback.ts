import { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";
import type { TranslationEngineV1 } from "@/lib/translation/engine-spec";
import { TranslationError } from "@/lib/translation/errors";
import { translateParagraphs } from "./api-client";
import { ApiRequestError } from "./request-error";

/**
 * The server's offline gloss, seen from the browser as an engine: what a browser engine hands a
 * paragraph it failed on, so the row still gets a (draft) rendering marked as a fallback. Only
 * those paragraphs go to the server.
 */
export function createServerGlossFallback(): TranslationEngineV1 {
  return {
    specificationVersion: "v1",
    engineId: "gloss",
    modelId: "default",
    kind: "offline",
    quality: "draft",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: 20_000,
      maxSegmentsPerRequest: 50,
      maxConcurrentRequests: 1,
    },
    async checkAvailability() {
      return { available: true };
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      try {
        const paragraphs = await translateParagraphs(
          { paragraphs: [...segments], source, target, engine: "gloss" },
          abortSignal,
        );
        const translations = paragraphs.map((paragraph) => paragraph.translation);
        if (translations.length !== segments.length || translations.some((text) => text === null))
          throw new TranslationError("engine_failure", {
            message: "The server could not make the offline draft.",
          });
        return { translations: translations as string[] };
      } catch (error) {
        if (error instanceof TranslationError) throw error;
        throw new TranslationError(
          error instanceof ApiRequestError ? "engine_failure" : "aborted",
          {
            message: (error as Error).message,
            isRetryable: error instanceof ApiRequestError && error.status === 0,
          },
        );
      }
    },
  };
}
