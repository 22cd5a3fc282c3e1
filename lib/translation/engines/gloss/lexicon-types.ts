/**
 * The gloss engine's dictionaries, derived from GPL sources (FreeDict, Apertium) by
 * `scripts/build-gloss-data.ts` and kept in `data/gloss/` with their licence. They are read from
 * disk on the server only, so GPL data never ships in the browser bundle.
 */
import { hindiKey } from "@/lib/text/hindi-key";
import type { EnglishSenseTable } from "./english-senses";
import type { LoanwordIndex } from "./loanwords";

/**
 * A read-only string-keyed table whose lookups see only its own entries: a key such as
 * "constructor" or "__proto__" finds nothing rather than Object.prototype's member.
 */
export interface OwnKeyTable<T> {
  get(key: string): T | undefined;
  has(key: string): boolean;
  readonly size: number;
  entries(): IterableIterator<[string, T]>;
}

export interface GlossLexicon {
  /** Hindi key (see `hindiKey`) → English senses, best first, joined by "|". */
  hindiToEnglish: OwnKeyTable<string>;
  /** Lower-case English word or phrase → Hindi renderings, best first. */
  englishToHindi: Record<string, string[]>;
  /** Hindi key of an inflected form → `"lemmaKey|tag"`, tag from Apertium (perf, fut, n, …). */
  hindiLemmas: OwnKeyTable<string>;
  /** Hindi key → English name of a place, language or currency (CLDR); optional. */
  hindiNames?: OwnKeyTable<string>;
  /** Keys in -ना that are nouns or adjectives (योजना scheme), not verb infinitives. */
  hindiNounsInNa?: ReadonlySet<string>;
  /**
   * Keys of the first words of multi-word Hindi entries; a span of several words is looked up
   * only from one of these. Absent: every span is tried.
   */
  hindiPhraseStarts?: ReadonlySet<string>;
  /** English→Hindi senses by part of speech (Apertium + FreeDict); optional for tests. */
  englishSenses?: EnglishSenseTable;
  /** English loanwords recovered by pronunciation; optional (tests may leave it out). */
  loanwords?: LoanwordIndex;
}

/**
 * Reads a fixed table without reaching Object.prototype: a key like "constructor" must not find
 * the prototype's function (it once printed "Function Object() { [native code] }").
 */
export function ownEntry<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Wraps a parsed JSON object (or a plain record) as an own-key table. */
export function ownKeyTable<T>(record: Record<string, T>): OwnKeyTable<T> {
  return {
    get: (key) => ownEntry(record, key),
    has: (key) => Object.hasOwn(record, key),
    get size() {
      return Object.keys(record).length;
    },
    entries: () => Object.entries(record)[Symbol.iterator](),
  };
}

/** A table written in Hindi, keyed as lookups are (hindiKey), so spelling variants meet. */
export function keyedByHindi<Value>(table: Record<string, Value>): Map<string, Value> {
  return new Map(Object.entries(table).map(([hindi, value]) => [hindiKey(hindi), value]));
}
