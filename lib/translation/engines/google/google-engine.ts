import "server-only";

import { z } from "zod";
import type { TranslationEngineV1 } from "@/lib/translation/engine-spec";
import {
  BOTH_DIRECTIONS,
  invalidResponse,
  missingVariable,
  readSetting,
  requestJson,
  requireSetting,
  trimSlash,
  type HttpEngineSettings,
} from "../http-support";

const DEFAULT_URL = "https://translation.googleapis.com";
const translateResponse = z.object({
  data: z.object({ translations: z.array(z.object({ translatedText: z.string() })) }),
});

/**
 * Google Cloud Translation v2 (REST). `format` must be "text": the service's default is HTML,
 * which would swallow angle brackets and entity-escape quotes in news copy.
 */
export function createGoogleEngine(
  settings: HttpEngineSettings & { model?: string } = {},
): TranslationEngineV1 {
  const fetchImpl = settings.fetch ?? fetch;
  const apiKey = () => readSetting(settings.apiKey, settings, "GOOGLE_TRANSLATE_API_KEY");
  const baseUrl = () =>
    readSetting(settings.baseUrl, settings, "GOOGLE_TRANSLATE_URL") ?? DEFAULT_URL;

  return {
    specificationVersion: "v1",
    engineId: "google",
    modelId: settings.model ?? "default",
    kind: "remote",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: 30_000,
      maxSegmentsPerRequest: 128,
      maxConcurrentRequests: 4,
    },
    async checkAvailability() {
      return apiKey() === undefined
        ? missingVariable("GOOGLE_TRANSLATE_API_KEY")
        : { available: true };
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      const key = requireSetting(apiKey(), "Google Cloud Translation", "GOOGLE_TRANSLATE_API_KEY");
      const body = await requestJson({
        engine: "Google Cloud Translation",
        keyVariable: "GOOGLE_TRANSLATE_API_KEY",
        fetch: fetchImpl,
        url: `${trimSlash(baseUrl())}/language/translate/v2?key=${encodeURIComponent(key)}`,
        body: {
          q: segments,
          source,
          target,
          format: "text",
          ...(settings.model ? { model: settings.model } : {}),
        },
        signal: abortSignal,
      });
      const parsed = translateResponse.safeParse(body);
      if (!parsed.success)
        throw invalidResponse("Google Cloud Translation", "no data.translations array");
      return {
        translations: parsed.data.data.translations.map(
          (translation) => translation.translatedText,
        ),
      };
    },
  };
}
