import type { LanguageCode } from "@/lib/translation/engine-spec";

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
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    if (code >= 0x0900 && code <= 0x097f) {
      if (/\p{L}|\p{M}/u.test(character)) devanagari += 1;
    } else if (/\p{Script=Latin}/u.test(character)) {
      latin += 1;
    } else if (/\p{Script=Arabic}/u.test(character) && /\p{L}/u.test(character)) {
      arabic += 1;
    } else if (/\p{L}/u.test(character)) {
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
