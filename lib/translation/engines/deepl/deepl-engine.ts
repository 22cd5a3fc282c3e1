import "server-only";

import { z } from "zod";
import type { LanguageCode, TranslationEngineV1 } from "@/lib/translation/engine-spec";
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

const translateResponse = z.object({ translations: z.array(z.object({ text: z.string() })) });

// DeepL wants a regional variant for English as a target; Indian English spelling follows British.
const SOURCE_CODES: Record<LanguageCode, string> = { hi: "HI", en: "EN" };
const TARGET_CODES: Record<LanguageCode, string> = { hi: "HI", en: "EN-GB" };

/**
 * DeepL API v2. Hindi is supported as plain text only, so no tag handling and no glossary are
 * sent. Free-plan keys (ending ":fx") go to the free endpoint.
 */
export function createDeepLEngine(settings: HttpEngineSettings = {}): TranslationEngineV1 {
  const fetchImpl = settings.fetch ?? fetch;
  const apiKey = () => readSetting(settings.apiKey, settings, "DEEPL_API_KEY");
  const baseUrl = (key: string) =>
    readSetting(settings.baseUrl, settings, "DEEPL_URL") ??
    (key.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com");

  return {
    specificationVersion: "v1",
    engineId: "deepl",
    modelId: "default",
    kind: "remote",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    // 50 texts a request; the 128 KiB body limit is about 30,000 Devanagari characters in UTF-8.
    limits: {
      maxCharactersPerRequest: 30_000,
      maxSegmentsPerRequest: 50,
      maxConcurrentRequests: 2,
    },
    async checkAvailability() {
      return apiKey() === undefined ? missingVariable("DEEPL_API_KEY") : { available: true };
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      const key = requireSetting(apiKey(), "DeepL", "DEEPL_API_KEY");
      const body = await requestJson({
        engine: "DeepL",
        keyVariable: "DEEPL_API_KEY",
        fetch: fetchImpl,
        url: `${trimSlash(baseUrl(key))}/v2/translate`,
        headers: { Authorization: `DeepL-Auth-Key ${key}` },
        body: {
          text: segments,
          source_lang: SOURCE_CODES[source],
          target_lang: TARGET_CODES[target],
        },
        signal: abortSignal,
      });
      const parsed = translateResponse.safeParse(body);
      if (!parsed.success) throw invalidResponse("DeepL", "no translations array");
      return { translations: parsed.data.translations.map((translation) => translation.text) };
    },
  };
}
