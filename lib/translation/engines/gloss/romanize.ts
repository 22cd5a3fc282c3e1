/**
 * Devanagari to Latin as Hindi is read aloud, for names and words the lexicon lacks.
 *
 * Hindi drops the inherent vowel ("schwa") of many consonants: पाटिल is Patil, not Patila;
 * राजनीति is rajniti. The rule applied here: drop the schwa of a word's last consonant, and of
 * any single consonant standing between two sounded vowels when neither neighbour is a
 * cluster (the drop would otherwise create three consonants in a row, which Hindi avoids:
 * बेंगलुरु keeps Bengaluru). Long and short vowels are written alike, as English spellings of
 * Indian names do.
 */

const CONSONANTS: Record<string, string> = {
  क: "k",
  ख: "kh",
  ग: "g",
  घ: "gh",
  ङ: "n",
  च: "ch",
  छ: "chh",
  ज: "j",
  झ: "jh",
  ञ: "n",
  ट: "t",
  ठ: "th",
  ड: "d",
  ढ: "dh",
  ण: "n",
  त: "t",
  थ: "th",
  द: "d",
  ध: "dh",
  न: "n",
  प: "p",
  फ: "ph",
  ब: "b",
  भ: "bh",
  म: "m",
  य: "y",
  र: "r",
  ल: "l",
  ळ: "l",
  व: "v",
  श: "sh",
  ष: "sh",
  स: "s",
  ह: "h",
  "\u0958": "q",
  "\u0959": "kh",
  "\u095A": "gh",
  "\u095B": "z",
  "\u095C": "r",
  "\u095D": "rh",
  "\u095E": "f",
  "\u095F": "y",
};

// The same consonants written with a separate nukta sign.
const NUKTA_FORMS: Record<string, string> = {
  क: "q",
  ख: "kh",
  ग: "gh",
  ज: "z",
  ड: "r",
  ढ: "rh",
  फ: "f",
  य: "y",
};

const INDEPENDENT_VOWELS: Record<string, string> = {
  अ: "a",
  आ: "a",
  इ: "i",
  ई: "i",
  उ: "u",
  ऊ: "u",
  ऋ: "ri",
  ए: "e",
  ऐ: "ai",
  ओ: "o",
  औ: "au",
  ऑ: "o",
  ऍ: "e",
  ॲ: "e",
};

const VOWEL_SIGNS: Record<string, string> = {
  "\u093E": "a",
  "\u093F": "i",
  "\u0940": "i",
  "\u0941": "u",
  "\u0942": "u",
  "\u0943": "ri",
  "\u0947": "e",
  "\u0948": "ai",
  "\u094B": "o",
  "\u094C": "au",
  "\u0949": "o",
  "\u0945": "e",
};

const DIGITS = "०१२३४५६७८९";
const VIRAMA = "\u094D";
const NUKTA = "\u093C";
const SCHWA = "\u0000";

interface Syllable {
  consonants: string[];
  vowel: string | null;
  nasal: boolean;
  visarga: boolean;
  dropped: boolean;
}

function parse(word: string): (Syllable | string)[] {
  const units: (Syllable | string)[] = [];
  let current: Syllable | null = null;
  const characters = [...word];
  for (let index = 0; index < characters.length; index += 1) {
    const character = characters[index] ?? "";
    const next = characters[index + 1];
    if (CONSONANTS[character] !== undefined) {
      let sound = CONSONANTS[character] ?? "";
      if (next === NUKTA) {
        sound = NUKTA_FORMS[character] ?? sound;
        index += 1;
      }
      if (current !== null && current.vowel === null) {
        current.consonants.push(sound);
      } else {
        current = {
          consonants: [sound],
          vowel: null,
          nasal: false,
          visarga: false,
          dropped: false,
        };
        units.push(current);
      }
      const following = characters[index + 1];
      if (following === VIRAMA) {
        index += 1;
      } else if (following === undefined || VOWEL_SIGNS[following] === undefined) {
        current.vowel = SCHWA;
      }
    } else if (VOWEL_SIGNS[character] !== undefined && current !== null) {
      current.vowel = VOWEL_SIGNS[character] ?? "";
    } else if (INDEPENDENT_VOWELS[character] !== undefined) {
      current = {
        consonants: [],
        vowel: INDEPENDENT_VOWELS[character] ?? "",
        nasal: false,
        visarga: false,
        dropped: false,
      };
      units.push(current);
    } else if ((character === "\u0902" || character === "\u0901") && current !== null) {
      current.nasal = true;
    } else if (character === "\u0903" && current !== null) {
      current.visarga = true;
    } else if (DIGITS.includes(character)) {
      units.push(String(DIGITS.indexOf(character)));
      current = null;
    } else if (character === "\u200C" || character === "\u200D") {
      continue;
    } else {
      units.push(character);
      current = null;
    }
  }
  return units;
}

function deleteSchwas(syllables: Syllable[]): void {
  const sounded = (syllable: Syllable | undefined) =>
    syllable !== undefined && syllable.vowel !== null && !syllable.dropped;
  const last = syllables.at(-1);
  if (
    last &&
    syllables.length > 1 &&
    last.vowel === SCHWA &&
    last.consonants.length === 1 &&
    !last.nasal
  ) {
    last.dropped = true;
  }
  for (let index = syllables.length - 2; index >= 1; index -= 1) {
    const syllable = syllables[index];
    const previous = syllables[index - 1];
    const next = syllables[index + 1];
    if (!syllable || syllable.vowel !== SCHWA || syllable.consonants.length !== 1 || syllable.nasal)
      continue;
    if (!sounded(previous) || !sounded(next) || previous?.nasal) continue;
    if (
      (next?.consonants.length ?? 0) > 1 ||
      (next?.vowel === SCHWA && next === syllables.at(-1) && !next.dropped)
    )
      continue;
    syllable.dropped = true;
  }
}

function render(syllables: (Syllable | string)[]): string {
  let output = "";
  syllables.forEach((unit, index) => {
    if (typeof unit === "string") {
      output += unit;
      return;
    }
    output += unit.consonants.join("");
    if (unit.vowel !== null && !unit.dropped) output += unit.vowel === SCHWA ? "a" : unit.vowel;
    if (unit.nasal) {
      const next = syllables[index + 1];
      const nextSound = typeof next === "object" ? (next.consonants[0] ?? "") : "";
      output += /^(p|b|m)/.test(nextSound) ? "m" : "n";
    }
    if (unit.visarga) output += "h";
  });
  return output;
}

/** Romanises one Devanagari word; other characters pass through unchanged. */
export function romanizeWord(word: string): string {
  const units = parse(word.normalize("NFC"));
  const syllables = units.filter((unit): unit is Syllable => typeof unit !== "string");
  deleteSchwas(syllables);
  return render(units);
}

/** Romanises running text word by word, leaving spaces and punctuation as they are. */
export function romanize(text: string): string {
  return text
    .replace(/[\u0900-\u0963\u0966-\u097F\u200C\u200D]+/g, (word) => romanizeWord(word))
    .replace(/[।॥]/g, ".");
}

/** Upper-cases the first letter, for names. */
export function capitalize(word: string): string {
  return word.length === 0 ? word : word[0]?.toUpperCase() + word.slice(1);
}
