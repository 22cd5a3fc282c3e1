import type { LanguageCode } from "./language";

/** Letter counts per script, the evidence behind a language guess. */
export interface ScriptProfile {
  devanagari: number;
  latin: number;
  /** Arabic-script letters (Urdu, for example): counted so mixed text is not misjudged. */
  arabic: number;
  other: number;
  /** Share of Devanagari among all letters, 0 when there are none. */
  devanagariShare: number;
  /** Share of Latin among all letters, 0 when there are none. */
  latinShare: number;
}

export function profileScripts(text: string): ScriptProfile {
  let devanagari = 0;
  let latin = 0;
  let arabic = 0;
  let other = 0;
  // Character-code ranges first: this runs over every request's whole text, and a Unicode
  // property test per character is several times slower for the scripts that matter here.
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin += 1;
    } else if (code >= 0x0900 && code <= 0x097f) {
      // Letters and vowel signs; not dandas (U+0964/5), digits (U+0966–F) or the abbreviation sign.
      if (code < 0x0964 || code > 0x0970) devanagari += 1;
    } else if (
      (code >= 0x00c0 && code <= 0x024f && code !== 0xd7 && code !== 0xf7) ||
      (code >= 0x1e00 && code <= 0x1eff)
    ) {
      latin += 1;
    } else if (code >= 0x0600 && code <= 0x06ff) {
      if (/\p{L}/u.test(text[index] ?? "")) arabic += 1;
    } else if (code >= 0xd800 && code <= 0xdbff) {
      const character = String.fromCodePoint(text.codePointAt(index) ?? 0);
      if (/\p{L}/u.test(character)) other += 1;
      index += 1;
    } else if (/\p{L}/u.test(text[index] ?? "")) {
      other += 1;
    }
  }
  const letters = devanagari + latin + arabic + other;
  return {
    devanagari,
    latin,
    arabic,
    other,
    devanagariShare: letters === 0 ? 0 : devanagari / letters,
    latinShare: letters === 0 ? 0 : latin / letters,
  };
}

/**
 * Guesses whether a text is Hindi or English from its script mix. Hindi news routinely
 * carries Latin brand names and acronyms, so Devanagari wins whenever it is at least a
 * quarter of the Devanagari+Latin letters. Returns null when neither script is present.
 */
export function detectLanguage(text: string): LanguageCode | null {
  const profile = profileScripts(text);
  const relevant = profile.devanagari + profile.latin;
  if (relevant === 0) return null;
  return profile.devanagari / relevant >= 0.25 ? "hi" : "en";
}
