import { detectLanguage } from "@/lib/text/detect-language";
import { segmentSentences } from "@/lib/text/sentences";

/** A paragraph longer than this is split into rows at sentence boundaries. */
export const ROW_SPLIT_THRESHOLD = 900;
/** Rows of a split paragraph grow sentence by sentence up to about this length. */
export const ROW_TARGET_LENGTH = 450;

/** An article's text as the reader lays it out: rows, and where the original paragraphs began. */
export interface ReadableRows {
  rows: string[];
  /** One per row: true when the row begins a paragraph of the original, false when it continues one. */
  paragraphStarts: boolean[];
}

/**
 * Splits each very long paragraph into rows of a few sentences, so a wall of text (a whole
 * article on one line) reads as aligned rows rather than one row a screen tall. Sentences are
 * never cut; a single sentence over the target stays whole. `paragraphStarts` keeps the
 * original boundaries, so exports can join the rows back into the paragraphs they came from.
 */
export function toReadableRows(paragraphs: readonly string[]): ReadableRows {
  const rows: string[] = [];
  const paragraphStarts: boolean[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.length <= ROW_SPLIT_THRESHOLD) {
      rows.push(paragraph);
      paragraphStarts.push(true);
      continue;
    }
    const sentences = segmentSentences(paragraph, detectLanguage(paragraph) ?? "en");
    let rowStart = 0;
    let first = true;
    const flush = (end: number) => {
      const row = paragraph.slice(rowStart, end).trim();
      if (row === "") return;
      rows.push(row);
      paragraphStarts.push(first);
      first = false;
    };
    for (const sentence of sentences) {
      if (sentence.end - rowStart > ROW_TARGET_LENGTH && sentence.start > rowStart) {
        flush(sentence.start);
        rowStart = sentence.start;
      }
    }
    flush(paragraph.length);
  }
  return { rows, paragraphStarts };
}
