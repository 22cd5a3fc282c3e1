/**
 * Words of running text, Hindi or English: letters with their combining marks (a Devanagari
 * vowel sign is a mark, not a break), digits among them, and an apostrophe or hyphen inside a
 * word ("don't", "मुख्य-मंत्री") kept with it.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const LETTER = /\p{L}/u;

export interface WordRange {
  word: string;
  start: number;
  end: number;
}

/** Every word with its offsets; pieces without a letter (numbers alone) are left out. */
export function wordRanges(text: string): WordRange[] {
  const ranges: WordRange[] = [];
  for (const match of text.matchAll(WORD)) {
    if (!LETTER.test(match[0])) continue;
    ranges.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return ranges;
}

/**
 * The word at a character offset (a click between two letters lands on an offset), or the
 * word just before it when the offset is at a word's end; null over spaces and punctuation.
 */
export function wordAt(text: string, offset: number): WordRange | null {
  for (const range of wordRanges(text)) {
    if (offset >= range.start && offset < range.end) return range;
    if (offset === range.end) return range;
    if (range.start > offset) break;
  }
  return null;
}
