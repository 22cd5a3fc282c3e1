/**
 * Reads a Devanagari word as a sequence of sounds in the alphabet of `phonemes.ts`, the way an
 * English loanword written in Hindi is pronounced:
 *   - the inherent vowel (schwa) of a consonant is sounded between consonants (^) and dropped at
 *     the end of the word (हैंडल → h@ndl̩, read "handal", which the distance treats kindly);
 *   - a nukta changes the consonant (फ़ f, ज़ z, ड़ r, क़ k, ख़ and ग़ h/g);
 *   - anusvara and chandrabindu become the nasal of the following consonant (ंग → N, ंब → m),
 *     and a final ंग is the English -ng (चार्जिंग → carjiN);
 *   - ऑ / ॉ is the open o of English loans (प्लेटफ़ॉर्म → plEtform).
 */

import { ownEntry } from "./lexicon-types";

const CONSONANTS: Record<string, string> = {
  क: "k",
  ख: "k",
  ग: "g",
  घ: "g",
  ङ: "N",
  च: "c",
  छ: "c",
  ज: "j",
  झ: "j",
  ञ: "n",
  ट: "t",
  ठ: "t",
  ड: "d",
  ढ: "d",
  ण: "n",
  त: "t",
  थ: "T",
  द: "d",
  ध: "d",
  न: "n",
  प: "p",
  फ: "f",
  ब: "b",
  भ: "b",
  म: "m",
  य: "y",
  र: "r",
  ल: "l",
  ळ: "l",
  व: "v",
  श: "S",
  ष: "S",
  स: "s",
  ह: "h",
  "\u0958": "k",
  "\u0959": "h",
  "\u095A": "g",
  "\u095B": "z",
  "\u095C": "r",
  "\u095D": "r",
  "\u095E": "f",
  "\u095F": "y",
};

const WITH_NUKTA: Record<string, string> = {
  क: "k",
  ख: "h",
  ग: "g",
  ज: "z",
  ड: "r",
  ढ: "r",
  फ: "f",
  य: "y",
};

const INDEPENDENT_VOWELS: Record<string, string> = {
  अ: "^",
  आ: "a",
  इ: "i",
  ई: "I",
  उ: "u",
  ऊ: "U",
  ऋ: "ri",
  ए: "E",
  ऐ: "@",
  ओ: "O",
  औ: "o",
  ऑ: "o",
  ऍ: "@",
  ॲ: "@",
};

const VOWEL_SIGNS: Record<string, string> = {
  "\u093E": "a",
  "\u093F": "i",
  "\u0940": "I",
  "\u0941": "u",
  "\u0942": "U",
  "\u0943": "ri",
  "\u0947": "E",
  "\u0948": "@",
  "\u094B": "O",
  "\u094C": "o",
  "\u0949": "o",
  "\u0945": "@",
};

const VIRAMA = "\u094D";
const NUKTA = "\u093C";
const NASALS = new Set(["\u0902", "\u0901"]);

/** The nasal an anusvara stands for before a given sound. */
function nasalBefore(next: string | undefined): string {
  if (next === "k" || next === "g") return "N";
  if (next === "p" || next === "b" || next === "m") return "m";
  return "n";
}

const CONSONANT_SOUNDS = new Set(Object.values(CONSONANTS));
const isConsonantSound = (sound: string | undefined) =>
  sound !== undefined && CONSONANT_SOUNDS.has(sound);

/** Phonemes of one Devanagari word; other characters are ignored. */
export function hindiPhonemes(word: string): string {
  const characters = [...word.normalize("NFC")];
  // First pass: sounds, with "*" for a schwa still to be decided and "~" for a nasal sign.
  const sounds: string[] = [];
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] ?? "";
    const consonant = ownEntry(CONSONANTS, character);
    if (consonant !== undefined) {
      let sound = consonant;
      if (characters[index + 1] === NUKTA) {
        sound = ownEntry(WITH_NUKTA, character) ?? sound;
        index += 1;
      }
      sounds.push(sound);
      const following = characters[index + 1];
      if (following === VIRAMA) index += 1;
      else if (following === undefined || ownEntry(VOWEL_SIGNS, following) === undefined)
        sounds.push("*");
      continue;
    }
    const sign = ownEntry(VOWEL_SIGNS, character) ?? ownEntry(INDEPENDENT_VOWELS, character);
    if (sign !== undefined) sounds.push(...sign);
    else if (NASALS.has(character)) sounds.push("~");
    else if (character === "\u0903") sounds.push("h");
  }
  // Second pass: a schwa before a nasal sign is sounded (कंप्यूटर: k^mpyUt^r); a final one
  // is dropped; the others are kept as ^, which the distance lets go cheaply. The index of the
  // next real sound after each position is computed once, from the end, to stay linear.
  const nextSound = new Int32Array(sounds.length + 1).fill(-1);
  for (let index = sounds.length - 1; index >= 0; index -= 1) {
    nextSound[index] =
      sounds[index + 1] === undefined
        ? -1
        : sounds[index + 1] !== "*"
          ? index + 1
          : (nextSound[index + 1] ?? -1);
  }
  // Whether only schwas and g remain after a position (the -ng ending).
  const onlyNgAfter = new Uint8Array(sounds.length + 1);
  onlyNgAfter[sounds.length] = 1;
  for (let index = sounds.length - 1; index >= 0; index -= 1) {
    const sound = sounds[index];
    onlyNgAfter[index] = (sound === "*" || sound === "g") && onlyNgAfter[index + 1] === 1 ? 1 : 0;
  }
  let output = "";
  for (let index = 0; index < sounds.length; index += 1) {
    const sound = sounds[index] ?? "";
    const following = nextSound[index] ?? -1;
    if (sound === "*") {
      if (following < 0 && index > 1) continue;
      output += "^";
    } else if (sound === "~") {
      const next = following < 0 ? undefined : sounds[following];
      // ंग at the end of a word is English -ng (चार्जिंग, बिल्डिंग).
      if (next === "g" && onlyNgAfter[index + 1] === 1) {
        output += "N";
        break;
      }
      // So is ंग with a sounded-out schwa before another consonant (वाशिंगटन, Washington).
      if (next === "g" && sounds[index + 2] === "*" && isConsonantSound(sounds[index + 3])) {
        output += "N";
        index += 2;
        continue;
      }
      output += nasalBefore(next);
    } else {
      output += sound;
    }
  }
  return output;
}
