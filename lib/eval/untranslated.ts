/**
 * The untranslated-words figure: the share of output words a reader of the target language
 * would not recognise as translated.
 *
 * Into English, an output word counts as untranslated when it is neither an English word (by the
 * word list given) nor found in that line's reference, so a name the reference also writes
 * (Patil, Bengaluru) counts as translated while romanised Hindi (Nivesh) does not.
 * Into Hindi, an output word counts as untranslated when it is written in Latin script and the
 * line's reference does not contain it (names and acronyms the Hindi reference keeps in Latin
 * script are fine).
 */

export interface UntranslatedFigure {
  /** Output words counted. */
  words: number;
  /** Of those, words judged untranslated. */
  untranslated: number;
  /** untranslated / words, as a percentage (0 when there are no words). */
  percent: number;
  /** The untranslated words with their counts, most frequent first (for inspection). */
  examples: [string, number][];
}

const LATIN_WORD = /[\p{Script=Latin}]+(?:['’][\p{Script=Latin}]+)*/gu;
const ANY_WORD = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

function referenceWords(reference: string): Set<string> {
  return new Set((reference.toLowerCase().match(ANY_WORD) ?? []).map((word) => word));
}

/**
 * Counts untranslated words over a corpus of output lines and their references.
 * `englishWords` holds lower-case English words; it is used for the English target only.
 */
export function untranslatedWords(
  hypotheses: readonly string[],
  references: readonly string[],
  target: "en" | "hi",
  englishWords: ReadonlySet<string>,
): UntranslatedFigure {
  let words = 0;
  let untranslated = 0;
  const counts = new Map<string, number>();
  hypotheses.forEach((hypothesis, index) => {
    const inReference = referenceWords(references[index] ?? "");
    const found = target === "en" ? hypothesis.match(ANY_WORD) : hypothesis.match(LATIN_WORD);
    const all = target === "en" ? found : (hypothesis.match(ANY_WORD) ?? []);
    words += all?.length ?? 0;
    for (const word of found ?? []) {
      const lower = word.toLowerCase().replace(/’/g, "'");
      // "India's" is the English word "India" with a possessive.
      const stem = lower.replace(/'s$/, "");
      const known =
        inReference.has(lower) ||
        inReference.has(stem) ||
        (target === "en" &&
          /^[a-z']+$/.test(lower) &&
          (englishWords.has(lower) || englishWords.has(stem)));
      if (known) continue;
      untranslated += 1;
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  });
  return {
    words,
    untranslated,
    percent: words === 0 ? 0 : (100 * untranslated) / words,
    examples: [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}
