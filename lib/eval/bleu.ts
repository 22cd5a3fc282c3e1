/**
 * Corpus BLEU as sacreBLEU computes it by default: the 13a tokenisation of mteval-v13a, n-gram
 * orders 1–4, clipped counts summed over the corpus, the brevity penalty, and "exp" smoothing
 * (a zero match count at order n is replaced by 1/2^k of the order's total).
 */

/** mteval-v13a tokenisation: ASCII punctuation split off, except periods and commas inside numbers. */
export function tokenize13a(line: string): string[] {
  let text = line
    .replace(/<skipped>/g, "")
    .replace(/-\n/g, "")
    .replace(/\n/g, " ");
  if (text.includes("&")) {
    text = text
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
  }
  text = ` ${text} `;
  text = text.replace(/([{-~[-` -&(-+:-@/])/g, " $1 ");
  text = text.replace(/([^0-9])([.,])/g, "$1 $2 ");
  text = text.replace(/([.,])([^0-9])/g, " $1 $2");
  text = text.replace(/([0-9])(-)/g, "$1 $2 ");
  return text.split(/\s+/).filter(Boolean);
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index + n <= tokens.length; index += 1) {
    const gram = tokens.slice(index, index + n).join("\u0001");
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

export interface BleuResult {
  score: number;
  precisions: number[];
  brevityPenalty: number;
  hypothesisLength: number;
  referenceLength: number;
}

export function corpusBleu(
  hypotheses: readonly string[],
  references: readonly string[],
  maxOrder = 4,
): BleuResult {
  if (hypotheses.length !== references.length)
    throw new Error("Hypotheses and references differ in length.");
  const correct = new Array<number>(maxOrder).fill(0);
  const total = new Array<number>(maxOrder).fill(0);
  let hypothesisLength = 0;
  let referenceLength = 0;
  hypotheses.forEach((hypothesis, index) => {
    const hypothesisTokens = tokenize13a(hypothesis);
    const referenceTokens = tokenize13a(references[index] ?? "");
    hypothesisLength += hypothesisTokens.length;
    referenceLength += referenceTokens.length;
    for (let n = 1; n <= maxOrder; n += 1) {
      const hypothesisGrams = ngramCounts(hypothesisTokens, n);
      const referenceGrams = ngramCounts(referenceTokens, n);
      for (const [gram, count] of hypothesisGrams) {
        total[n - 1] = (total[n - 1] ?? 0) + count;
        correct[n - 1] = (correct[n - 1] ?? 0) + Math.min(count, referenceGrams.get(gram) ?? 0);
      }
    }
  });

  const precisions = new Array<number>(maxOrder).fill(0);
  let smoothing = 1;
  for (let n = 0; n < maxOrder; n += 1) {
    if ((total[n] ?? 0) === 0) break;
    if ((correct[n] ?? 0) === 0) {
      smoothing *= 2;
      precisions[n] = 100 / (smoothing * (total[n] ?? 1));
    } else {
      precisions[n] = (100 * (correct[n] ?? 0)) / (total[n] ?? 1);
    }
  }
  const brevityPenalty =
    hypothesisLength >= referenceLength
      ? 1
      : hypothesisLength === 0
        ? 0
        : Math.exp(1 - referenceLength / hypothesisLength);
  const logSum = precisions.reduce(
    (sum, precision) => sum + (precision > 0 ? Math.log(precision) : -9_999_999_999),
    0,
  );
  const score = brevityPenalty * Math.exp(logSum / maxOrder);
  return { score, precisions, brevityPenalty, hypothesisLength, referenceLength };
}
