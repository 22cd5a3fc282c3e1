import "server-only";

import { z } from "zod";
import type { LanguageCode, TranslationEngineV1 } from "@/lib/translation/engine-spec";
import { TranslationError } from "@/lib/translation/errors";
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

const DEFAULT_URL = "https://api.sarvam.ai";
const CODES: Record<LanguageCode, string> = { hi: "hi-IN", en: "en-IN" };
const MODEL_LIMITS: Record<string, number> = { "mayura:v1": 1_000, "sarvam-translate:v1": 2_000 };
const translateResponse = z.object({ translated_text: z.string() });

/**
 * Sarvam AI's translate endpoint: one text per request, 1,000 characters for mayura:v1 and
 * 2,000 for sarvam-translate:v1. Longer paragraphs are split at sentence boundaries by the
 * orchestrator (from these limits) and joined back into one paragraph.
 */
export function createSarvamEngine(
  settings: HttpEngineSettings & { model?: string } = {},
): TranslationEngineV1 {
  const fetchImpl = settings.fetch ?? fetch;
  const model = settings.model ?? "sarvam-translate:v1";
  const apiKey = () => readSetting(settings.apiKey, settings, "SARVAM_API_KEY");
  const baseUrl = () => readSetting(settings.baseUrl, settings, "SARVAM_URL") ?? DEFAULT_URL;

  return {
    specificationVersion: "v1",
    engineId: "sarvam",
    modelId: model,
    kind: "remote",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: MODEL_LIMITS[model] ?? 1_000,
      maxSegmentsPerRequest: 1,
      maxConcurrentRequests: 4,
    },
    async checkAvailability() {
      return apiKey() === undefined ? missingVariable("SARVAM_API_KEY") : { available: true };
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      const key = requireSetting(apiKey(), "Sarvam AI", "SARVAM_API_KEY");
      if (segments.length !== 1) {
        throw new TranslationError("request_too_large", {
          message: "Sarvam AI translates one text per request.",
        });
      }
      const body = await requestJson({
        engine: "Sarvam AI",
        keyVariable: "SARVAM_API_KEY",
        fetch: fetchImpl,
        url: `${trimSlash(baseUrl())}/translate`,
        headers: { "api-subscription-key": key },
        body: {
          input: segments[0],
          source_language_code: CODES[source],
          target_language_code: CODES[target],
          model,
        },
        signal: abortSignal,
      });
      const parsed = translateResponse.safeParse(body);
      if (!parsed.success) throw invalidResponse("Sarvam AI", "no translated_text");
      return { translations: [parsed.data.translated_text] };
    },
  };
}
