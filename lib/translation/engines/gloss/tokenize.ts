import { VERBATIM, VERBATIM_WITHOUT_AT } from "./verbatim";

/** Token kinds the gloss engine distinguishes. */
export type TokenKind =
  | "devanagari"
  | "number"
  | "latin"
  | "other"
  | "space"
  | "punctuation"
  /** A web address, e-mail, @handle, #hashtag, `code` or G20-like word: never translated. */
  | "verbatim";

export interface Token {
  kind: TokenKind;
  text: string;
}

// Devanagari letters and signs without the dandas (U+0964/5) and digits (U+0966–F), joined
// by hyphens so that compounds like जम्मू-कश्मीर stay one token. A word starts with a letter or
// sign: the joiners (ZWJ, ZWNJ) belong to it only inside it, so the ones that join emoji
// (👨‍👩‍👧) are left to the emoji around them.
const DEVANAGARI_PART =
  "[\\u0900-\\u0963\\u0970-\\u097F][\\u0900-\\u0963\\u0970-\\u097F\\u200C\\u200D]*";
const DEVANAGARI_WORD = `${DEVANAGARI_PART}(?:-${DEVANAGARI_PART})*`;
const NUMBER = "[0-9\\u0966-\\u096F]+(?:[.,:/][0-9\\u0966-\\u096F]+)*";
const LATIN_WORD = "[\\p{Script=Latin}\\p{M}]+(?:['’\\-][\\p{Script=Latin}\\p{M}]+)*";
const OTHER_WORD = "[\\p{L}\\p{M}]+";

const tokenPattern = (verbatim: string) =>
  new RegExp(
    `(${verbatim})|(${DEVANAGARI_WORD})|(${NUMBER})|(${LATIN_WORD})|(${OTHER_WORD})|(\\s+)|([\\s\\S])`,
    "gu",
  );
const TOKEN = tokenPattern(VERBATIM);
// The same tokens for text without an @, which can hold no e-mail address or handle.
const TOKEN_WITHOUT_AT = tokenPattern(VERBATIM_WITHOUT_AT);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = text.includes("@") ? TOKEN : TOKEN_WITHOUT_AT;
  // exec on the shared pattern: matchAll would copy it on every call. Every alternative takes at
  // least one character, so the loop always advances.
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const kind: TokenKind = match[1]
      ? "verbatim"
      : match[2]
        ? "devanagari"
        : match[3]
          ? "number"
          : match[4]
            ? "latin"
            : match[5]
              ? "other"
              : match[6]
                ? "space"
                : "punctuation";
    tokens.push({ kind, text: match[0] });
  }
  return tokens;
}

/** One piece of output, and whether the source had a space before it. */
export interface Piece {
  text: string;
  spaceBefore: boolean;
  /** Copied from the source as it was (Latin words, addresses): never re-cased. */
  verbatim?: boolean;
}

/**
 * Joins output pieces, spacing them as the source was spaced: "(एएनआई)।" becomes "(ANI)." and
 * "<b>" stays "<b>", while words glossed from one Devanagari run are separated by spaces.
 */
export function joinPieces(pieces: readonly Piece[]): string {
  let output = "";
  for (const piece of pieces) {
    if (piece.text === "") continue;
    output += (output !== "" && piece.spaceBefore ? " " : "") + piece.text;
  }
  return output;
}

/** Converts Devanagari digits to ASCII digits. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0966-\u096F]/g, (digit) => String(digit.charCodeAt(0) - 0x0966));
}
