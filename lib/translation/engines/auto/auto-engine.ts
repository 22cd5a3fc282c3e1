import { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";
import type {
  DelegatingEngineV1,
  LanguageCode,
  TranslationEngine,
  TranslationEngineV1,
} from "@/lib/translation/engine-spec";

/**
 * `auto`: the first available engine of `candidates` (in order) that translates the direction,
 * ending with the always-available gloss. Requests are planned against the chosen engine, so
 * every paragraph names the engine that really produced it.
 */
export function createAutoEngine(options: {
  candidates: () => TranslationEngine[];
}): DelegatingEngineV1 {
  const select = async (source: LanguageCode, target: LanguageCode) => {
    // A delegating engine is never a candidate: auto must end at an engine that translates.
    const candidates = options
      .candidates()
      .filter((candidate): candidate is TranslationEngineV1 => candidate.delegates !== true);
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
    delegates: true,
    engineId: "auto",
    modelId: "default",
    kind: "remote",
    quality: "full",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: 5_000,
      maxSegmentsPerRequest: 1,
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
