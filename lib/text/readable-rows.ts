import { detectLanguage } from "./detect-language";
import { segmentSentences } from "./sentences";

/** A paragraph longer than this is split into rows at sentence boundaries. */
export const ROW_SPLIT_THRESHOLD = 900;
/** Rows of a split paragraph grow sentence by sentence up to about this length. */
export const ROW_TARGET_LENGTH = 450;
/**
 * No row is longer than this. A sentence longer still (a list with no full stops, text without
 * punctuation) is cut at a space: a row is what a reader corrects, a summary bullet quotes and a
 * saved document stores, and each of those has a limit far below a whole article.
 */
export const ROW_MAX_LENGTH = 3_000;

/** An article's text as the reader lays it out: rows, and where the original paragraphs began. */
export interface ReadableRows {
  rows: string[];
  /** One per row: true when the row begins a paragraph of the original, false when it continues one. */
  paragraphStarts: boolean[];
}

// Where to cut a piece longer than ROW_MAX_LENGTH: the last space before the limit, else the
// limit itself moved back past combining marks, so a cut never separates a letter from its
// vowel sign or virama.
function cutPoint(text: string): number {
  const space = text.lastIndexOf(" ", ROW_MAX_LENGTH);
  if (space > ROW_MAX_LENGTH / 2) return space;
  let cut = ROW_MAX_LENGTH;
  while (cut > 1 && /[\p{M}\u200C\u200D]/u.test(text.charAt(cut))) cut -= 1;
  if (/[\uDC00-\uDFFF]/.test(text.charAt(cut))) cut -= 1;
  return cut;
}

function pushCapped(piece: string, first: boolean, rows: string[], starts: boolean[]) {
  let rest = piece;
  let isFirst = first;
  while (rest.length > ROW_MAX_LENGTH) {
    const cut = cutPoint(rest);
    rows.push(rest.slice(0, cut).trim());
    starts.push(isFirst);
    isFirst = false;
    rest = rest.slice(cut).trim();
  }
  if (rest !== "") {
    rows.push(rest);
    starts.push(isFirst);
  }
}

/**
 * Splits each very long paragraph into rows of a few sentences, so a wall of text (a whole
 * article on one line) reads as aligned rows rather than one row a screen tall. Sentences are
 * not cut unless one alone is over ROW_MAX_LENGTH. `paragraphStarts` keeps the original
 * boundaries, so exports can join the rows back into the paragraphs they came from.
 */
export function toReadableRows(paragraphs: readonly string[]): ReadableRows {
  const rows: string[] = [];
  const paragraphStarts: boolean[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.length <= ROW_SPLIT_THRESHOLD) {
      if (paragraph.trim() === "") continue;
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
      pushCapped(row, first, rows, paragraphStarts);
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

/**
 * The original paragraphs again: each row that continues a paragraph joined to the one before
 * with a space (rows were cut where a sentence, or a space, began). Returns, for each row, the
 * paragraph it belongs to and where in that paragraph it starts.
 */
export function joinRows(
  rows: readonly string[],
  paragraphStarts: readonly boolean[] | null | undefined,
): { paragraphs: string[]; rowParagraph: number[]; rowOffset: number[] } {
  const paragraphs: string[] = [];
  const rowParagraph: number[] = [];
  const rowOffset: number[] = [];
  rows.forEach((row, index) => {
    const last = paragraphs.length - 1;
    if (index > 0 && paragraphStarts?.[index] === false && last >= 0) {
      const joined = `${paragraphs[last] ?? ""} `;
      rowParagraph.push(last);
      rowOffset.push(joined.length);
      paragraphs[last] = joined + row;
    } else {
      rowParagraph.push(paragraphs.length);
      rowOffset.push(0);
      paragraphs.push(row);
    }
  });
  return { paragraphs, rowParagraph, rowOffset };
}
