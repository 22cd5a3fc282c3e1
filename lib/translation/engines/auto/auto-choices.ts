import { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";
import type {
  DelegatingEngineV1,
  EngineQuality,
  LanguageCode,
} from "@/lib/translation/engine-spec";

/** What `auto` picks for one direction right now. */
export interface AutoChoice {
  source: LanguageCode;
  target: LanguageCode;
  /** Full id (`engine:model`) of the engine `auto` hands this direction to. */
  id: string;
  quality: EngineQuality;
}

/**
 * `auto`'s current choice for each direction. The reader needs it before translating: when the
 * server would only gloss, a translator in the browser does better, and the status line names
 * the engine that is really used ("Automatic → offline draft") rather than "Automatic".
 */
export async function describeAutoChoices(auto: DelegatingEngineV1): Promise<AutoChoice[]> {
  return Promise.all(
    BOTH_DIRECTIONS.map(async ({ source, target }) => {
      const chosen = await auto.select(source, target);
      return {
        source,
        target,
        id: `${chosen.engineId}:${chosen.modelId}`,
        quality: chosen.quality,
      };
    }),
  );
}
