import "server-only";

import { BOTH_DIRECTIONS } from "@/lib/translation/language-pairs";
import type { TranslationEngineV1 } from "@/lib/translation/engine-spec";
import { EngineUnavailableError, TranslationAbortedError } from "@/lib/translation/errors";
import { glossParagraph } from "./gloss-text";
import { loadGlossLexicon, type GlossLexicon } from "./lexicon";

export interface GlossEngineSettings {
  /** Folder holding hi-en.json, en-hi.json and hi-lemmas.json. Default: data/gloss. */
  lexiconDirectory?: string;
  /** A ready lexicon, for tests; skips reading files. */
  lexicon?: GlossLexicon;
}

/**
 * The zero-configuration offline engine: a deterministic word-level gloss from a dictionary,
 * a morphology table and hand-written function words. Always available, never on the network,
 * and labelled as a rough draft so nobody mistakes it for a translation.
 */
export function createGlossEngine(settings: GlossEngineSettings = {}): TranslationEngineV1 {
  let lexicon = settings.lexicon;
  const getLexicon = () => {
    lexicon ??= loadGlossLexicon(settings.lexiconDirectory);
    return lexicon;
  };

  return {
    specificationVersion: "v1",
    engineId: "gloss",
    modelId: "default",
    kind: "offline",
    quality: "draft",
    languagePairs: BOTH_DIRECTIONS,
    limits: {
      maxCharactersPerRequest: 200_000,
      maxSegmentsPerRequest: 10_000,
      maxConcurrentRequests: 1,
    },
    async checkAvailability() {
      try {
        getLexicon();
        return { available: true };
      } catch {
        return { available: false, reason: "The gloss lexicon in data/gloss could not be read." };
      }
    },
    async doTranslate({ segments, source, abortSignal }) {
      let dictionary: GlossLexicon;
      try {
        dictionary = getLexicon();
      } catch (error) {
        throw new EngineUnavailableError(
          `The gloss lexicon could not be read: ${(error as Error).message}`,
        );
      }
      const translations: string[] = [];
      const alignments = [];
      for (const segment of segments) {
        if (abortSignal?.aborted) throw new TranslationAbortedError();
        const { translation, alignment } = glossParagraph(segment, source, dictionary);
        translations.push(translation);
        alignments.push(alignment);
      }
      return { translations, alignments };
    },
  };
}
