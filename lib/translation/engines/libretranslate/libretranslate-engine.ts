import "server-only";

import { z } from "zod";
import type { TranslationEngineV1 } from "@/lib/translation/engine-spec";
import {
  BOTH_DIRECTIONS,
  createProbeCache,
  invalidResponse,
  missingVariable,
  probeKey,
  readSetting,
  requestJson,
  requireSetting,
  trimSlash,
  type HttpEngineSettings,
} from "../http-support";

export interface LibreTranslateEngineSettings extends HttpEngineSettings {
  /** Characters per request; LibreTranslate's own limit is set by its operator. Default 5,000. */
  maxCharactersPerRequest?: number;
}

const translateResponse = z.object({ translatedText: z.array(z.string()) });
const languagesResponse = z.array(
  z.object({ code: z.string(), targets: z.array(z.string()).optional() }),
);

/**
 * LibreTranslate (self-hosted; Argos models cover hi↔en). `POST /translate` with `q` as an
 * array answers `translatedText` as an array in the same order.
 */
export function createLibreTranslateEngine(
  settings: LibreTranslateEngineSettings = {},
): TranslationEngineV1 {
  const fetchImpl = settings.fetch ?? fetch;
  const baseUrl = () => readSetting(settings.baseUrl, settings, "LIBRETRANSLATE_URL");
  const apiKey = () => readSetting(settings.apiKey, settings, "LIBRETRANSLATE_API_KEY");
  const probeCache = createProbeCache(undefined, {
    state: settings.sharedState,
    name: "libretranslate",
  });
  const common = {
    engine: "LibreTranslate",
    keyVariable: "LIBRETRANSLATE_API_KEY",
    fetch: fetchImpl,
  };

  return {
    specificationVersion: "v1",
    engineId: "libretranslate",
    modelId: "default",
    kind: "remote",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: settings.maxCharactersPerRequest ?? 5_000,
      maxSegmentsPerRequest: 50,
      maxConcurrentRequests: 2,
    },
    async checkAvailability() {
      const url = baseUrl();
      if (url === undefined) return missingVariable("LIBRETRANSLATE_URL");
      const key = apiKey();
      return probeCache(probeKey(url, key), async () => {
        try {
          const languages = languagesResponse.parse(
            await requestJson({
              ...common,
              method: "GET",
              url: `${trimSlash(url)}/languages${key ? `?api_key=${encodeURIComponent(key)}` : ""}`,
              signal: AbortSignal.timeout(2_000),
            }),
          );
          const hindi = languages.find((language) => language.code === "hi");
          if (!hindi || !languages.some((language) => language.code === "en")) {
            return {
              available: false,
              reason: "This LibreTranslate server has no Hindi–English model installed.",
            };
          }
          return { available: true };
        } catch {
          return { available: false, reason: "LIBRETRANSLATE_URL does not answer." };
        }
      });
    },
    async doTranslate({ segments, source, target, abortSignal }) {
      const url = requireSetting(baseUrl(), "LibreTranslate", "LIBRETRANSLATE_URL");
      const key = apiKey();
      const body = await requestJson({
        ...common,
        url: `${trimSlash(url)}/translate`,
        body: { q: segments, source, target, format: "text", ...(key ? { api_key: key } : {}) },
        signal: abortSignal,
      });
      const parsed = translateResponse.safeParse(body);
      if (!parsed.success) throw invalidResponse("LibreTranslate", "no translatedText array");
      probeCache.confirm(probeKey(url, key));
      return { translations: parsed.data.translatedText };
    },
  };
}
