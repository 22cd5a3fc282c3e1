/**
 * Text no engine should translate, as regular-expression sources for the tokenizer: web
 * addresses, e-mail addresses, @handles, #hashtags, `code`, and words mixing Latin letters and
 * digits (G20, COVID-19, 5G, 100km). Each match becomes one token that passes through exactly,
 * so that nothing inside it (the 42 of ?id=42) is glossed or moved.
 */

// A web address ends before trailing punctuation that belongs to the sentence.
const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]।॥'*]`;
// Every run before a required character has a length bound (an address's local part is at most 64
// characters, a domain label 63): unbounded, a long run of letters with no @ or digit after it was
// tried again from each of its positions, quadratic in its length.
const EMAIL = String.raw`[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+`;
const HANDLE = String.raw`(?<![\p{L}\p{N}_@])@[\p{L}\p{M}\p{N}_]+`;
const HASHTAG = String.raw`(?<![\p{L}\p{N}_&])#[\p{L}\p{M}\p{N}_]+`;
const CODE = "`[^`\\n]{1,200}`";
const LATIN_WITH_DIGITS = String.raw`(?:[\p{Script=Latin}]{1,32}[-]?[0-9]+|[0-9]{1,32}(?:[.,][0-9]{1,32})*[\p{Script=Latin}]+)[\p{Script=Latin}0-9]*(?:-[\p{Script=Latin}0-9]+)*`;

/** One alternation matching any verbatim span (no capturing groups of its own). */
export const VERBATIM = [URL, EMAIL, HANDLE, HASHTAG, CODE, LATIN_WITH_DIGITS].join("|");

/**
 * VERBATIM without the two alternatives that need an @ (e-mail addresses, handles), for text
 * with no @ in it: there they never match, and the e-mail one is the costliest to try at a word.
 */
export const VERBATIM_WITHOUT_AT = [URL, HASHTAG, CODE, LATIN_WITH_DIGITS].join("|");

const WHOLE = new RegExp(`^(?:${VERBATIM})$`, "u");

/** Whether a whole string is one verbatim span. */
export function isVerbatim(text: string): boolean {
  return WHOLE.test(text);
}
