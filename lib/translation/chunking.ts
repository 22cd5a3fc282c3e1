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

/** Packs segments, in order, into requests of at most `maxSegments` and `maxCharacters`. */
export function packBatches(
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
