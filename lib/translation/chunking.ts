import { segmentSentences } from "@/lib/text/sentences";
import type { LanguageCode } from "@/lib/text/language";

/*
 * Chunking: cutting paragraphs to an engine's request limit and packing the pieces into as few
 * requests as the limits allow. Pure functions; nothing here calls an engine.
 */

/** One piece of a paragraph as sent to an engine. */
export interface Segment {
  /** Index of the paragraph the piece belongs to. */
  paragraph: number;
  text: string;
}

/** The segments of one engine request. */
export interface Batch {
  segments: Segment[];
}

/**
 * Cuts a paragraph longer than an engine's request limit into pieces at sentence boundaries
 * (or, for a single over-long sentence, at spaces, and as a last resort anywhere), so that
 * every piece fits. The pieces are translated separately and joined back into one paragraph.
 */
export function splitForLimit(
  text: string,
  language: LanguageCode,
  maxCharacters: number,
): string[] {
  if (text.length <= maxCharacters) return [text];
  const pieces: string[] = [];
  let current = "";
  const flush = () => {
    if (current !== "") pieces.push(current);
    current = "";
  };
  const addUnit = (unit: string, separator: string) => {
    if (current === "") current = unit;
    else if (current.length + separator.length + unit.length <= maxCharacters)
      current += separator + unit;
    else {
      flush();
      current = unit;
    }
  };
  for (const sentence of segmentSentences(text, language)) {
    if (sentence.text.length <= maxCharacters) {
      addUnit(sentence.text, " ");
      continue;
    }
    for (const word of sentence.text.split(" ")) {
      if (word.length <= maxCharacters) {
        addUnit(word, " ");
        continue;
      }
      flush();
      for (let offset = 0; offset < word.length; offset += maxCharacters) {
        pieces.push(word.slice(offset, offset + maxCharacters));
      }
    }
  }
  flush();
  return pieces;
}

/** The paragraphs at `indices`, each cut to the limit, as segments in document order. */
export function segmentParagraphsForLimit(
  paragraphs: readonly string[],
  indices: readonly number[],
  language: LanguageCode,
  maxCharacters: number,
): Segment[] {
  return indices.flatMap((index) =>
    splitForLimit(paragraphs[index] ?? "", language, maxCharacters).map((text) => ({
      paragraph: index,
      text,
    })),
  );
}

/**
 * Packs segments, in order, into requests of at most `maxSegments` and `maxCharacters`: as few
 * requests as the limits allow, evened out. Filling each request to the limit would leave a
 * small remainder last (50 + 10 paragraphs), and with requests sent in parallel the document
 * waits for the largest; the same count of requests with even shares finishes sooner wherever
 * an engine's time grows with the text. What is left over goes to the first request, the one
 * holding the paragraphs asked for first, so that it is the smallest and comes back first.
 */
export function packBatches(
  segments: readonly Segment[],
  maxSegments: number,
  maxCharacters: number,
): Batch[] {
  const fullest = packInOrder(segments, maxSegments, maxCharacters);
  if (fullest.length < 2) return fullest;
  const count = fullest.length;
  const fits = (segmentLimit: number, characterLimit: number) =>
    packFromEnd(segments, segmentLimit, characterLimit).length <= count;
  // Packing needs no more requests as a limit grows, so the tightest limit that still fits in
  // `count` requests is found by halving: characters first, then the number of segments.
  const totalCharacters = segments.reduce((sum, segment) => sum + segment.text.length, 0);
  const characterLimit = smallestFitting(
    Math.min(maxCharacters, Math.ceil(totalCharacters / count)),
    maxCharacters,
    (limit) => fits(maxSegments, limit),
  );
  const segmentLimit = smallestFitting(
    Math.min(maxSegments, Math.ceil(segments.length / count)),
    maxSegments,
    (limit) => fits(limit, characterLimit),
  );
  return packFromEnd(segments, segmentLimit, characterLimit);
}

/** The smallest value in [low, high] for which `fits` holds, given that it holds at `high`. */
function smallestFitting(low: number, high: number, fits: (value: number) => boolean): number {
  let lowest = low;
  let highest = high;
  while (lowest < highest) {
    const middle = Math.floor((lowest + highest) / 2);
    if (fits(middle)) highest = middle;
    else lowest = middle + 1;
  }
  return highest;
}

/** Greedy packing from the last segment back, so the remainder lands in the first request. */
function packFromEnd(
  segments: readonly Segment[],
  maxSegments: number,
  maxCharacters: number,
): Batch[] {
  return packInOrder([...segments].reverse(), maxSegments, maxCharacters)
    .reverse()
    .map((batch) => ({ segments: batch.segments.reverse() }));
}

/** Fills each request to the limits before starting the next. */
function packInOrder(
  segments: readonly Segment[],
  maxSegments: number,
  maxCharacters: number,
): Batch[] {
  const batches: Batch[] = [];
  let current: Segment[] = [];
  let characters = 0;
  for (const segment of segments) {
    if (
      current.length > 0 &&
      (current.length >= maxSegments || characters + segment.text.length > maxCharacters)
    ) {
      batches.push({ segments: current });
      current = [];
      characters = 0;
    }
    current.push(segment);
    characters += segment.text.length;
  }
  if (current.length > 0) batches.push({ segments: current });
  return batches;
}
