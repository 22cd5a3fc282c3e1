import type { LanguageCode } from "./language";

/** One sentence inside a paragraph. */
export interface SentenceSpan {
  /** The sentence, exactly `paragraph.slice(start, end)`, quotes and brackets included. */
  text: string;
  /** Offset of the first character within the paragraph. */
  start: number;
  /** Offset one past the last character within the paragraph. */
  end: number;
}

const HARD_TERMINATORS = new Set(["।", "॥", "?", "!", "؟"]);
// Code units of every character that may end a sentence: the hard terminators, the full stop,
// the ellipsis and the pipe written for a danda. The splitter skips any other character by its
// code, without making a one-character string or asking the sets about it.
const MAY_END = new Set([...HARD_TERMINATORS, ".", "…", "|"].map((end) => end.charCodeAt(0)));
const CLOSERS = new Set(["”", "’", '"', "'", ")", "]", "}", "»", "›"]);

// Words that take a full stop without ending a sentence. Lower-case; compared case-insensitively.
const ENGLISH_ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sr",
  "jr",
  "st",
  "mt",
  "ft",
  "vs",
  "etc",
  "inc",
  "ltd",
  "co",
  "corp",
  "bros",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "cmdr",
  "gov",
  "sen",
  "rep",
  "hon",
  "rev",
  "fr",
  "pres",
  "supt",
  "insp",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vol",
  "pp",
  "approx",
  "dept",
  "est",
  "fig",
  "rs",
  "smt",
  "shri",
  "sh",
  "km",
  "kg",
  "cm",
  "mm",
  "min",
  "max",
  "av",
  "ave",
  "blvd",
  "rd",
]);

// Devanagari abbreviations: titles, "रु." for rupees, era markers, and the names of Latin
// letters written in Devanagari, which appear as initials ("एम. बी. पाटिल").
const HINDI_ABBREVIATIONS = new Set([
  "डॉ",
  "डा",
  "प्रो",
  "श्री",
  "सं",
  "क्र",
  "पू",
  "रु",
  "नं",
  "ग्रा",
  "लि",
  "ए",
  "बी",
  "सी",
  "डी",
  "ई",
  "एफ",
  "जी",
  "एच",
  "आई",
  "जे",
  "के",
  "एल",
  "एम",
  "एन",
  "ओ",
  "पी",
  "क्यू",
  "आर",
  "एस",
  "टी",
  "यू",
  "वी",
  "डब्ल्यू",
  "एक्स",
  "वाई",
  "जेड",
  "जू",
]);

function isSpace(character: string | undefined): boolean {
  return character === " " || character === "\n" || character === "\t";
}

/** Longer than any abbreviation or dotted acronym the splitter knows. */
const LONGEST_WORD = 32;

function wordBefore(text: string, dotIndex: number): string {
  // Bounded, so the look-back over one run of letters and dots can never grow with the text.
  const limit = Math.max(0, dotIndex - LONGEST_WORD);
  let start = dotIndex;
  while (start > limit && /[\p{L}\p{M}.\u200C\u200D]/u.test(text[start - 1] ?? "")) start -= 1;
  return text.slice(start, dotIndex);
}

function nextVisible(text: string, from: number): string | undefined {
  let index = from;
  while (index < text.length && isSpace(text[index])) index += 1;
  return text[index];
}

function isLowerLatin(character: string | undefined): boolean {
  return (
    character !== undefined && /\p{Ll}/u.test(character) && /\p{Script=Latin}/u.test(character)
  );
}

function isFullStopBoundary(text: string, dotIndex: number, afterIndex: number): boolean {
  const previous = text[dotIndex - 1];
  const following = text[afterIndex];
  if (previous === undefined) return false;
  if (following !== undefined && !isSpace(following)) return false;
  const word = wordBefore(text, dotIndex);
  if (word.length > 0) {
    const lower = word.toLowerCase();
    if (ENGLISH_ABBREVIATIONS.has(lower) || HINDI_ABBREVIATIONS.has(word)) return false;
    // Single initials ("M. B. Patil") and dotted acronyms ("U.S.", "i.e.").
    if (/^\p{Lu}$/u.test(word) || word.includes(".")) return false;
  }
  return !isLowerLatin(nextVisible(text, afterIndex));
}

/**
 * Splits one paragraph into sentences.
 *
 * Hindi ends sentences with the danda (।), double danda (॥), ? and !, and news copy often uses
 * a full stop, especially after Latin text. English adds abbreviations, decimals and initials.
 * A closing quote or bracket right after the terminator belongs to the sentence it closes, so
 * a quotation spanning several sentences opens on the first and closes on the last. Every
 * character of the paragraph except the spaces between sentences belongs to exactly one span.
 */
export function segmentSentences(paragraph: string, language: LanguageCode): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const length = paragraph.length;
  let start = 0;
  while (start < length && isSpace(paragraph[start])) start += 1;
  let index = start;

  const push = (from: number, to: number) => {
    let end = to;
    while (end > from && isSpace(paragraph[end - 1])) end -= 1;
    if (end > from) spans.push({ text: paragraph.slice(from, end), start: from, end });
  };

  while (index < length) {
    if (!MAY_END.has(paragraph.charCodeAt(index))) {
      index += 1;
      continue;
    }
    const character = paragraph[index] ?? "";
    const isEllipsis = character === "…" || paragraph.startsWith("...", index);
    const isDot = character === "." && !isEllipsis;
    const isPipeDanda = language === "hi" && character === "|";
    if (!HARD_TERMINATORS.has(character) && !isDot && !isEllipsis && !isPipeDanda) {
      index += 1;
      continue;
    }
    let after = index + (paragraph.startsWith("...", index) ? 3 : 1);
    while (
      after < length &&
      (HARD_TERMINATORS.has(paragraph[after] ?? "") ||
        CLOSERS.has(paragraph[after] ?? "") ||
        paragraph[after] === "." ||
        paragraph[after] === "…")
    ) {
      after += 1;
    }

    let boundary: boolean;
    if (isDot) {
      boundary = isFullStopBoundary(paragraph, index, after);
    } else if (character === "।" || character === "॥" || isPipeDanda) {
      // A danda ends the sentence even when the next word follows without a space.
      boundary = true;
    } else if (isEllipsis) {
      const next = nextVisible(paragraph, after);
      boundary = next !== undefined && !isLowerLatin(next) && isSpace(paragraph[after]);
    } else {
      const following = paragraph[after];
      boundary =
        (following === undefined || isSpace(following)) &&
        !isLowerLatin(nextVisible(paragraph, after));
    }

    if (boundary) {
      push(start, after);
      start = after;
      while (start < length && isSpace(paragraph[start])) start += 1;
      index = start;
    } else {
      index = after;
    }
  }
  if (start < length) push(start, length);
  return spans;
}
