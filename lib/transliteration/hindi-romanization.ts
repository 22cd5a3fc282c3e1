import { romanize as romanizeHinglish } from "@/lib/translation/engines/gloss/romanize";

/**
 * Devanagari in Latin letters for the reader's romanised line, in two schemes:
 *
 * - "hinglish": how Hindi speakers type Hindi in Latin letters (sarkar, yojna, kitaben): the
 *   inherent vowel dropped where Hindi drops it, long and short vowels alike, no diacritics.
 *   It is the default because the line is for people who speak Hindi and read Devanagari
 *   slowly; they read it at a glance. It is the gloss engine's own romaniser, which holds no
 *   dictionary data, so it is safe to ship to the browser.
 * - "iso15919": the ISO 15919 transliteration (sarakāra, yōjanā), letter for letter and
 *   reversible, with every vowel written and length marked: for learners who want to know
 *   exactly what the Devanagari says.
 *
 * Both are pure string functions without tables from the lexicon, fast enough to run on a whole
 * article in the browser.
 */
export type RomanizationScheme = "hinglish" | "iso15919";

export const ROMANIZATION_SCHEMES: readonly RomanizationScheme[] = ["hinglish", "iso15919"];

const ISO_CONSONANTS: Record<string, string> = {
  क: "k",
  ख: "kh",
  ग: "g",
  घ: "gh",
  ङ: "ṅ",
  च: "c",
  छ: "ch",
  ज: "j",
  झ: "jh",
  ञ: "ñ",
  ट: "ṭ",
  ठ: "ṭh",
  ड: "ḍ",
  ढ: "ḍh",
  ण: "ṇ",
  त: "t",
  थ: "th",
  द: "d",
  ध: "dh",
  न: "n",
  ऩ: "ṉ",
  प: "p",
  फ: "ph",
  ब: "b",
  भ: "bh",
  म: "m",
  य: "y",
  र: "r",
  ऱ: "ṟ",
  ल: "l",
  ळ: "ḷ",
  ऴ: "ḻ",
  व: "v",
  श: "ś",
  ष: "ṣ",
  स: "s",
  ह: "h",
  "\u0958": "q",
  "\u0959": "ḵh",
  "\u095A": "ġ",
  "\u095B": "z",
  "\u095C": "ṛ",
  "\u095D": "ṛh",
  "\u095E": "f",
  "\u095F": "ẏ",
};

// A consonant followed by the nukta sign, where the precomposed letter was not used.
const ISO_NUKTA: Record<string, string> = {
  क: "q",
  ख: "ḵh",
  ग: "ġ",
  ज: "z",
  ड: "ṛ",
  ढ: "ṛh",
  फ: "f",
  य: "ẏ",
};

const ISO_VOWELS: Record<string, string> = {
  अ: "a",
  आ: "ā",
  इ: "i",
  ई: "ī",
  उ: "u",
  ऊ: "ū",
  ऋ: "r̥",
  ॠ: "r̥̄",
  ऌ: "l̥",
  ए: "ē",
  ऐ: "ai",
  ओ: "ō",
  औ: "au",
  ऑ: "ô",
  ऍ: "ê",
};

const ISO_SIGNS: Record<string, string> = {
  "\u093E": "ā",
  "\u093F": "i",
  "\u0940": "ī",
  "\u0941": "u",
  "\u0942": "ū",
  "\u0943": "r̥",
  "\u0944": "r̥̄",
  "\u0947": "ē",
  "\u0948": "ai",
  "\u094B": "ō",
  "\u094C": "au",
  "\u0949": "ô",
  "\u0945": "ê",
};

const VIRAMA = "\u094D";
const NUKTA = "\u093C";
const DIGITS = "०१२३४५६७८९";

/**
 * ISO 15919: every consonant carries its inherent "a" unless a vowel sign or virama follows.
 * ISO writes a colon between two letters that would otherwise read as one (ka:i for कइ, not
 * kai for कै); the few such pairs in Hindi news are marked the same way here.
 */
export function romanizeIso15919(text: string): string {
  const characters = [...text.normalize("NFC")];
  let output = "";
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] ?? "";
    const consonant = ISO_CONSONANTS[character];
    if (consonant !== undefined) {
      let sound = consonant;
      if (characters[index + 1] === NUKTA) {
        sound = ISO_NUKTA[character] ?? consonant;
        index += 1;
      }
      output += sound;
      const next = characters[index + 1] ?? "";
      if (next === VIRAMA) index += 1;
      else if (ISO_SIGNS[next] === undefined) {
        output += "a";
        // अ + इ/उ after an inherent a would read as the diphthong ai/au: separate them.
        if (next === "इ" || next === "उ") output += ":";
      }
      continue;
    }
    const sign = ISO_SIGNS[character];
    if (sign !== undefined) {
      output += sign;
      continue;
    }
    const vowel = ISO_VOWELS[character];
    if (vowel !== undefined) {
      output += vowel;
      continue;
    }
    if (character === "\u0902") output += "ṁ";
    else if (character === "\u0901") output += "m̐";
    else if (character === "\u0903") output += "ḥ";
    else if (character === "\u093D") output += "'";
    else if (character === "\u0950") output += "ōm";
    else if (character === "।" || character === "॥") output += ".";
    else if (DIGITS.includes(character)) output += String(DIGITS.indexOf(character));
    else if (character === "\u200C" || character === "\u200D" || character === NUKTA) continue;
    else output += character;
  }
  return output;
}

const DEVANAGARI = /[\u0900-\u097F]/;

/** Whether a text has any Devanagari, i.e. whether a romanised line would say anything. */
export function hasDevanagari(text: string): boolean {
  return DEVANAGARI.test(text);
}

// Turning the line off and on again, or switching views, asks for the same sentences again.
const romanized = new Map<string, string>();

/** A Hindi sentence in the chosen scheme; text in other scripts passes through unchanged. */
export function romanizeHindi(text: string, scheme: RomanizationScheme): string {
  const key = `${scheme}\u0000${text}`;
  let line = romanized.get(key);
  if (line === undefined) {
    line = scheme === "iso15919" ? romanizeIso15919(text) : romanizeHinglish(text);
    if (romanized.size > 5000) romanized.clear();
    romanized.set(key, line);
  }
  return line;
}
