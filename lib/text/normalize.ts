/**
 * Unicode clean-up applied to every piece of text before it is segmented or translated.
 *
 * The output is what every offset in the app refers to: paragraph and sentence ranges are
 * positions in the normalised text, which is also what the API returns as `source`.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// C0/C1 controls except tab and newline, soft hyphen, zero-width space, word joiner, BOM,
// bidirectional marks and embeddings. ZWJ (U+200D) and ZWNJ (U+200C) are deliberately absent:
// they decide whether Devanagari consonants join into conjuncts, so removing them changes words.
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const LINE_BREAKS = /\r\n?|[\u0085\u2028\u2029\u000B\u000C]/g;

// Every horizontal space, including no-break and ideographic spaces, folds to one ASCII space.
const HORIZONTAL_SPACE = /[\t \u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Replaces lone UTF-16 surrogates with U+FFFD so the text survives JSON and NFC intact. */
export function replaceLoneSurrogates(text: string): string {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

/** Cleans a whole document: line structure is kept, each line is trimmed and its spaces folded. */
export function normalizeText(text: string): string {
  const withBreaks = replaceLoneSurrogates(text).replace(LINE_BREAKS, "\n");
  return withBreaks
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .split("\n")
    .map((line) => line.replace(HORIZONTAL_SPACE, " ").trim())
    .join("\n");
}

/** Cleans text that must stay one paragraph: line breaks inside it become spaces. */
export function normalizeParagraph(text: string): string {
  return normalizeText(text).replace(/\n+/g, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * Latin letters, ASCII digits and Devanagari's letters and digits: a subset of the class below
 * that is cheap to build. The full class (every script's letters) took 0.3–1.2 ms to compile on
 * a page's first use, inside the Translate click; most texts here are answered by this one.
 */
const COMMON_LETTER_OR_DIGIT =
  /[A-Za-z0-9\u0904-\u0939\u093D\u0950\u0958-\u0961\u0966-\u096F\u0971-\u097F]/;
const ANY_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the text has at least one letter or digit in any script, i.e. something to translate. */
export function hasTranslatableContent(text: string): boolean {
  return COMMON_LETTER_OR_DIGIT.test(text) || ANY_LETTER_OR_DIGIT.test(text);
}
