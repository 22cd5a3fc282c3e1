import { segmentSentences } from "@/lib/text/sentences";
import type { LanguageCode, SentenceAlignment } from "./engine-spec";

/**
 * Aligns the sentences of a paragraph with those of its translation when the engine did not
 * say which output sentence renders which input sentence.
 *
 * Equal counts pair one to one. Otherwise sentence boundaries are matched by their relative
 * position in the text (a translation keeps sentence order), and sentences that cannot be
 * told apart are grouped, so every alignment is monotonic and covers both texts.
 */
export function alignSentences(
  sourceText: string,
  targetText: string,
  source: LanguageCode,
  target: LanguageCode,
): SentenceAlignment[] {
  const sourceSentences = segmentSentences(sourceText, source);
  const targetSentences = segmentSentences(targetText, target);
  const firstSource = sourceSentences[0];
  const lastSource = sourceSentences.at(-1);
  const firstTarget = targetSentences[0];
  const lastTarget = targetSentences.at(-1);
  if (!firstSource || !lastSource || !firstTarget || !lastTarget) return [];

  if (sourceSentences.length === targetSentences.length) {
    return sourceSentences.map((sentence, index) => {
      const counterpart = targetSentences[index] ?? lastTarget;
      return {
        source: [sentence.start, sentence.end],
        target: [counterpart.start, counterpart.end],
      };
    });
  }

  const sourceLength = Math.max(1, sourceText.length);
  const targetLength = Math.max(1, targetText.length);
  const tolerance = 0.6 / Math.max(sourceSentences.length, targetSentences.length);
  const cuts: [number, number][] = [];
  let nextTarget = 0;
  for (let sourceIndex = 0; sourceIndex < sourceSentences.length - 1; sourceIndex += 1) {
    const boundary = (sourceSentences[sourceIndex]?.end ?? 0) / sourceLength;
    let best = -1;
    let bestDistance = Number.POSITIVE_INFINITY;
    for (let targetIndex = nextTarget; targetIndex < targetSentences.length - 1; targetIndex += 1) {
      const distance = Math.abs((targetSentences[targetIndex]?.end ?? 0) / targetLength - boundary);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = targetIndex;
      }
    }
    if (best !== -1 && bestDistance <= tolerance) {
      cuts.push([sourceIndex, best]);
      nextTarget = best + 1;
    }
  }

  const alignments: SentenceAlignment[] = [];
  let sourceFrom = 0;
  let targetFrom = 0;
  for (const [sourceTo, targetTo] of [
    ...cuts,
    [sourceSentences.length - 1, targetSentences.length - 1],
  ]) {
    alignments.push({
      source: [sourceSentences[sourceFrom]?.start ?? 0, sourceSentences[sourceTo ?? 0]?.end ?? 0],
      target: [targetSentences[targetFrom]?.start ?? 0, targetSentences[targetTo ?? 0]?.end ?? 0],
    });
    sourceFrom = (sourceTo ?? 0) + 1;
    targetFrom = (targetTo ?? 0) + 1;
  }
  return alignments;
}
