import { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";
import type {
  LanguageCode,
  TranslationEngine,
  TranslationEngineV1,
} from "@/lib/translation/engine-spec";

/** An engine that stands for another one, chosen per request. */
export interface DelegatingEngine extends TranslationEngineV1 {
  select(source: LanguageCode, target: LanguageCode): Promise<TranslationEngine>;
}

export function isDelegatingEngine(engine: TranslationEngine): engine is DelegatingEngine {
  return typeof (engine as Partial<DelegatingEngine>).select === "function";
}

/**
 * `auto`: the first available engine of `candidates` (in order) that translates the direction,
 * ending with the always-available gloss. Requests are planned against the chosen engine, so
 * every paragraph names the engine that really produced it.
 */
export function createAutoEngine(options: {
  candidates: () => TranslationEngine[];
}): DelegatingEngine {
  const select = async (source: LanguageCode, target: LanguageCode) => {
    const candidates = options.candidates();
    for (const candidate of candidates) {
      if (!candidate.languagePairs.some((pair) => pair.source === source && pair.target === target))
        continue;
      const availability = await candidate.checkAvailability().catch(() => ({ available: false }));
      if (availability.available) return candidate;
    }
    const last = candidates.at(-1);
    if (!last) throw new Error("auto has no engines to choose from");
    return last;
  };
  return {
    specificationVersion: "v1",
    engineId: "auto",
    modelId: "default",
    label: "Automatic (best available engine)",
    kind: "remote",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: 5_000,
      maxSegmentsPerRequest: 1,
      acceptsHtml: false,
      maxConcurrentRequests: 1,
    },
    select,
    async checkAvailability() {
      return { available: true };
    },
    async doTranslate(call) {
      const engine = await select(call.source, call.target);
      return engine.doTranslate(call);
    },
  };
}
