import { romanizeWord } from "@/lib/translation/engines/gloss/romanize";
import { wordRanges } from "@/lib/text/words";

const DEVANAGARI = /[\u0900-\u097F]/;

/** A Hindi word as an engine spells it when it has no English for it: by sound, capitalised. */
function spelledBySound(hindi: string): string {
  return hindi
    .split("-")
    .map((part) => {
      const latin = romanizeWord(part);
      return latin.length === 0 ? latin : (latin[0]?.toUpperCase() ?? "") + latin.slice(1);
    })
    .join("-");
}

/**
 * The words of an English sentence that are its Hindi source's words written out by sound
 * (पाटिल → Patil): what an engine leaves when it has no English for a word, usually a name.
 * Returns each such English word with the Hindi it came from. Comparison ignores case.
 */
export function untranslatedWords(english: string, hindi: string): Map<string, string> {
  const bySound = new Map<string, string>();
  for (const { word } of wordRanges(hindi)) {
    if (!DEVANAGARI.test(word)) continue;
    const latin = spelledBySound(word).toLowerCase();
    // A single letter or two is too likely to match an English word by chance.
    if (latin.length >= 3 && !bySound.has(latin)) bySound.set(latin, word);
  }
  const found = new Map<string, string>();
  if (bySound.size === 0) return found;
  for (const { word } of wordRanges(english)) {
    const hindiWord = bySound.get(word.toLowerCase());
    if (hindiWord !== undefined) found.set(word, hindiWord);
  }
  return found;
}
