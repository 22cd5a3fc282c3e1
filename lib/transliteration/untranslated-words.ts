import { romanizeWord } from "@/lib/translation/engines/gloss/romanize";
import { wordRanges } from "@/lib/text/words";

const DEVANAGARI = /[\u0900-\u097F]/;

// News repeats its words: each is romanised once per page, not once per sentence.
const spelled = new Map<string, string>();

/** A Hindi word as an engine spells it when it has no English for it: by sound, capitalised. */
function spelledBySound(hindi: string): string {
  const known = spelled.get(hindi);
  if (known !== undefined) return known;
  const latin = hindi
    .split("-")
    .map((part) => {
      const latin = romanizeWord(part);
      return latin.length === 0 ? latin : (latin[0]?.toUpperCase() ?? "") + latin.slice(1);
    })
    .join("-");
  if (spelled.size > 20_000) spelled.clear();
  spelled.set(hindi, latin);
  return latin;
}

/**
 * The words of an English sentence that are its Hindi source's words written out by sound
 * (पाटिल → Patil): what an engine leaves when it has no English for a word, usually a name.
 * Returns each such English word with the Hindi it came from; only capitalised English words
 * count, compared without regard to case.
 */
export function untranslatedWords(english: string, hindi: string): Map<string, string> {
  const found = new Map<string, string>();
  // Engines write a word they keep by sound like a name, capitalised: only those are candidates,
  // and a sentence without one needs no romanising at all.
  const candidates = wordRanges(english).filter(({ word }) => /^\p{Lu}/u.test(word));
  if (candidates.length === 0) return found;
  const bySound = new Map<string, string>();
  for (const { word } of wordRanges(hindi)) {
    if (!DEVANAGARI.test(word)) continue;
    const latin = spelledBySound(word).toLowerCase();
    // A single letter or two is too likely to match an English word by chance.
    if (latin.length >= 3 && !bySound.has(latin)) bySound.set(latin, word);
  }
  for (const { word } of candidates) {
    const hindiWord = bySound.get(word.toLowerCase());
    if (hindiWord !== undefined) found.set(word, hindiWord);
  }
  return found;
}
