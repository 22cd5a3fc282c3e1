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

const DEFAULT_URL = "https://api.cognitive.microsofttranslator.com";
const translateResponse = z.array(
  z.object({
    translations: z.array(z.object({ text: z.string(), to: z.string().optional() })).min(1),
  }),
);

/** Azure AI Translator v3: up to 1,000 elements and 50,000 characters a request. */
export function createAzureEngine(
  settings: HttpEngineSettings & { region?: string } = {},
): TranslationEngineV1 {
  const fetchImpl = settings.fetch ?? fetch;
  const apiKey = () => readSetting(settings.apiKey, settings, "AZURE_TRANSLATOR_KEY");
  const region = () => readSetting(settings.region, settings, "AZURE_TRANSLATOR_REGION");
  const baseUrl = () =>
    readSetting(settings.baseUrl, settings, "AZURE_TRANSLATOR_URL") ?? DEFAULT_URL;

  return {
    specificationVersion: "v1",
    engineId: "azure",
    modelId: "default",
    kind: "remote",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: 50_000,
      maxSegmentsPerRequest: 1_000,
      maxConcurrentRequests: 4,
    },
    async checkAvailability() {
      return apiKey() === undefined
        ? missingVariable("AZURE_TRANSLATOR_KEY", "AZURE_TRANSLATOR_REGION")
        : { available: true };
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      const key = requireSetting(apiKey(), "Azure AI Translator", "AZURE_TRANSLATOR_KEY");
      const location = region();
      const body = await requestJson({
        engine: "Azure AI Translator",
        keyVariable: "AZURE_TRANSLATOR_KEY and AZURE_TRANSLATOR_REGION",
        fetch: fetchImpl,
        url: `${trimSlash(baseUrl())}/translate?api-version=3.0&from=${source}&to=${target}&textType=plain`,
        headers: {
          "Ocp-Apim-Subscription-Key": key,
          ...(location ? { "Ocp-Apim-Subscription-Region": location } : {}),
        },
        body: segments.map((text) => ({ Text: text })),
        signal: abortSignal,
      });
      const parsed = translateResponse.safeParse(body);
      if (!parsed.success)
        throw invalidResponse("Azure AI Translator", "not an array of translations");
      return { translations: parsed.data.map((item) => item.translations[0]?.text ?? "") };
    },
  };
}
