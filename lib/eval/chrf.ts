/**
 * chrF++ as sacreBLEU 2.x computes it by default: character n-grams of orders 1–6 with
 * whitespace removed, word n-grams of orders 1–2 over words with leading/trailing punctuation
 * split off, beta 2, statistics summed over the corpus, and precision and recall averaged over
 * the orders that occur in both hypothesis and reference ("effective order") before the
 * F-score is taken. Popović 2015 (chrF) and 2017 (chrF++).
 */

const PUNCTUATION = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

export interface ChrfOptions {
  charOrder?: number;
  wordOrder?: number;
  beta?: number;
}

function countNgrams(items: readonly string[], n: number, joiner: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + n <= items.length; index += 1) {
    const gram = items.slice(index, index + n).join(joiner);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Splits a single punctuation mark off the end (or else the start) of each word. */
export function chrfWords(sentence: string): string[] {
  const words: string[] = [];
  for (const word of sentence.split(/\s+/).filter(Boolean)) {
    const characters = Array.from(word);
    if (characters.length === 1) words.push(word);
    else if (PUNCTUATION.has(characters.at(-1) ?? ""))
      words.push(characters.slice(0, -1).join(""), characters.at(-1) ?? "");
    else if (PUNCTUATION.has(characters[0] ?? ""))
      words.push(characters[0] ?? "", characters.slice(1).join(""));
    else words.push(word);
  }
  return words;
}

/** [hypothesis n-grams, reference n-grams, matches] per order: char orders first, then word orders. */
export function chrfStatistics(
  hypothesis: string,
  reference: string,
  options: ChrfOptions = {},
): number[] {
  const charOrder = options.charOrder ?? 6;
  const wordOrder = options.wordOrder ?? 2;
  // Code points, not UTF-16 units, so a character outside the BMP counts once.
  const hypothesisChars = Array.from(hypothesis.replace(/\s+/g, ""));
  const referenceChars = Array.from(reference.replace(/\s+/g, ""));
  const orders: [string[], string[], number, string][] = [];
  for (let n = 1; n <= charOrder; n += 1) orders.push([hypothesisChars, referenceChars, n, ""]);
  const hypothesisWords = chrfWords(hypothesis);
  const referenceWords = chrfWords(reference);
  for (let n = 1; n <= wordOrder; n += 1) orders.push([hypothesisWords, referenceWords, n, " "]);

  const statistics: number[] = [];
  for (const [hypothesisItems, referenceItems, n, joiner] of orders) {
    const hypothesisGrams = countNgrams(hypothesisItems, n, joiner);
    const referenceGrams = countNgrams(referenceItems, n, joiner);
    let hypothesisCount = 0;
    let matches = 0;
    for (const [gram, count] of hypothesisGrams) {
      hypothesisCount += count;
      matches += Math.min(count, referenceGrams.get(gram) ?? 0);
    }
    let referenceCount = 0;
    for (const count of referenceGrams.values()) referenceCount += count;
    // Hypothesis n-grams do not count for an order the reference does not have.
    statistics.push(referenceGrams.size > 0 ? hypothesisCount : 0, referenceCount, matches);
  }
  return statistics;
}

/** The F-score (0–100) from summed statistics. */
export function chrfFromStatistics(statistics: readonly number[], beta = 2): number {
  const factor = beta * beta;
  let precision = 0;
  let recall = 0;
  let effective = 0;
  for (let index = 0; index + 2 < statistics.length; index += 3) {
    const hypothesisCount = statistics[index] ?? 0;
    const referenceCount = statistics[index + 1] ?? 0;
    const matches = statistics[index + 2] ?? 0;
    if (hypothesisCount > 0 && referenceCount > 0) {
      precision += matches / hypothesisCount;
      recall += matches / referenceCount;
      effective += 1;
    }
  }
  if (effective === 0) return 0;
  precision /= effective;
  recall /= effective;
  if (precision + recall === 0) return 0;
  return (100 * (1 + factor) * precision * recall) / (factor * precision + recall);
}

/** Corpus chrF++ of line-aligned hypotheses and references. */
export function corpusChrf(
  hypotheses: readonly string[],
  references: readonly string[],
  options: ChrfOptions = {},
): number {
  if (hypotheses.length !== references.length)
    throw new Error("Hypotheses and references differ in length.");
  let totals: number[] = [];
  hypotheses.forEach((hypothesis, index) => {
    const statistics = chrfStatistics(hypothesis, references[index] ?? "", options);
    totals =
      totals.length === 0
        ? statistics
        : totals.map((value, position) => value + (statistics[position] ?? 0));
  });
  return chrfFromStatistics(totals, options.beta ?? 2);
}
