/**
 * Spelling-insensitive lookup key for Hindi words and phrases.
 *
 * The same word is written several ways in real text and in the dictionaries: with or without
 * a nukta (ज़/ज), chandrabindu or anusvara (हँस/हंस), a nasal half-letter or an anusvara
 * (हिन्दी/हिंदी), -ये or -ए endings (लिये/लिए, गये/गए), and compounds with or without a space
 * or hyphen (इसलिए/इस लिए). All of those collapse to one key, used both when the lexicon is
 * built and when text is looked up.
 */

const NUKTA_LETTERS: Record<string, string> = {
  "\u0958": "\u0915",
  "\u0959": "\u0916",
  "\u095A": "\u0917",
  "\u095B": "\u091C",
  "\u095C": "\u0921",
  "\u095D": "\u0922",
  "\u095E": "\u092B",
  "\u095F": "\u092F",
  "\u0929": "\u0928",
  "\u0931": "\u0930",
  "\u0934": "\u0933",
};

export function hindiKey(text: string): string {
  let key = text.normalize("NFC");
  key = key.replace(
    /[\u0958-\u095F\u0929\u0931\u0934]/g,
    (letter) => NUKTA_LETTERS[letter] ?? letter,
  );
  key = key
    .replace(/\u093C/g, "")
    .replace(/\u0901/g, "\u0902")
    .replace(/[\u200C\u200D]/g, "");
  // A nasal consonant with virama before another consonant is the anusvara spelled out.
  key = key.replace(/[\u0919\u091E\u0923\u0928\u092E]\u094D(?=[\u0915-\u0939])/g, "\u0902");
  key = key
    .split(/[\s\-‐–]+/)
    .map((word) => {
      if (word.length <= 2) return word;
      return word.replace(/ये$/, "ए").replace(/यी$/, "ई").replace(/यीं$/, "ईं").replace(/यें$/, "एं");
    })
    .join("");
  return key;
}
