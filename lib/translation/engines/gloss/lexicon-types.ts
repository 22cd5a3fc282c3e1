/**
 * The gloss engine's dictionaries, derived from GPL sources (FreeDict, Apertium) by
 * `scripts/build-gloss-data.ts` and kept in `data/gloss/` with their licence. They are read from
 * disk on the server only, so GPL data never ships in the browser bundle.
 */
import type { EnglishSenseTable } from "./english-senses";
import type { LoanwordIndex } from "./loanwords";

export interface GlossLexicon {
  /** Hindi key (see `hindiKey`) → English senses, best first. */
  hindiToEnglish: Record<string, string[]>;
  /** Lower-case English word or phrase → Hindi renderings, best first. */
  englishToHindi: Record<string, string[]>;
  /** Hindi key of an inflected form → `"lemmaKey|tag"`, tag from Apertium (perf, fut, n, …). */
  hindiLemmas: Record<string, string>;
  /** English→Hindi senses by part of speech (Apertium + FreeDict); optional for tests. */
  englishSenses?: EnglishSenseTable;
  /** English loanwords recovered from their romanisation; optional (tests may leave it out). */
  loanwords?: LoanwordIndex;
}
