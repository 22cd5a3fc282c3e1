import { readFileSync } from "node:fs";

/** One English ↔ Hindi pair of the Apertium bilingual dictionary. */
export interface BilingualPair {
  /** English lemma, words joined by spaces. */
  english: string;
  /** Apertium's part of speech of the English side (n, vblex, adj, adv, pr, ant, top, …). */
  englishPos: string;
  /** Hindi lemma; verbs get the infinitive -ना (घोषित कर → घोषित करना), as the other tables write them. */
  hindi: string;
  /** Position of this Hindi among the English lemma's renderings (0 = Apertium's own choice). */
  rank: number;
}

const ENTRY = /<e(?:\s+r="(LR|RL)")?[^>]*>\s*<p>\s*<l>(.*?)<\/l>\s*<r>(.*?)<\/r>\s*<\/p>\s*<\/e>/g;
const DEVANAGARI_PHRASE = /^[\u0900-\u097F\u200C\u200D-]+( [\u0900-\u097F\u200C\u200D-]+)*$/;
const MAX_WORDS = 3;

function side(xml: string): { text: string; pos: string } {
  const pos = xml.match(/<s n="([^"]+)"\s*\/>/)?.[1] ?? "";
  const text = xml
    .replace(/<b\s*\/>/g, " ")
    .replace(/<s n="[^"]*"\s*\/>/g, "")
    .replace(/<\/?g>/g, "")
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
  return { text, pos };
}

/**
 * Reads the lttoolbox XML of apertium-eng-hin. Entries restricted to English→Hindi (r="LR") are
 * left out, since the gloss reads the pairs from Hindi to English; regular-expression entries
 * (numbers) and pairs longer than three words on either side are skipped.
 */
export function readApertiumBilingual(file: string): BilingualPair[] {
  const xml = readFileSync(file, "utf8");
  const pairs: BilingualPair[] = [];
  const ranks = new Map<string, number>();
  for (const match of xml.matchAll(ENTRY)) {
    const [, restriction, left = "", right = ""] = match;
    if (restriction === "LR") continue;
    const english = side(left);
    const hindi = side(right);
    if (english.text === "" || !/^[A-Za-z][A-Za-z' .-]*$/.test(english.text)) continue;
    if (!DEVANAGARI_PHRASE.test(hindi.text)) continue;
    if (english.text.split(" ").length > MAX_WORDS) continue;
    const hindiText = english.pos === "vblex" ? `${hindi.text}ना` : hindi.text;
    if (hindiText.split(" ").length > MAX_WORDS) continue;
    const lemmaKey = `${english.text}\u0000${english.pos}`;
    const rank = ranks.get(lemmaKey) ?? 0;
    ranks.set(lemmaKey, rank + 1);
    pairs.push({ english: english.text, englishPos: english.pos, hindi: hindiText, rank });
  }
  return pairs;
}
