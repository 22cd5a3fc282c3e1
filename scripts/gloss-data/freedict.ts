import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/** One Hindi rendering of a FreeDict English headword, with the dictionary's own ranking. */
export interface FreeDictPair {
  english: string;
  /** FreeDict's part of speech tag (N, Adj, V, VT, Adv, Prep, …). */
  englishPos: string;
  hindi: string;
  /** Lower is better: earlier senses and earlier alternatives come first in the dictionary. */
  score: number;
  /** The score used to order the English word's Hindi renderings (English→Hindi). */
  forwardScore: number;
}

const DEVANAGARI_PHRASE = /^[\u0900-\u097F\u200C\u200D]+( [\u0900-\u097F\u200C\u200D]+)*$/;
const MAX_HINDI_WORDS = 3;
const MAX_ENGLISH_WORDS = 3;

/** Splits one FreeDict sense line into clean Hindi alternatives. */
function hindiAlternatives(senseText: string): string[] {
  const withoutNotes = senseText.replace(/\{[^}]*\}/g, "").replace(/\([^)]*\)/g, "");
  const alternatives: string[] = [];
  for (const raw of withoutNotes.split(/[,;/]/)) {
    const bracket = raw.match(/^(.*?)\[([^\]]*)\](.*)$/);
    // "उन्मूलन~करना[होना]": the bracket offers another last word for the same sense.
    const variants = bracket
      ? [`${bracket[1]}${bracket[3]}`, `${(bracket[1] ?? "").replace(/[^~\s]+$/, "")}${bracket[2]}`]
      : [raw];
    for (const variant of variants) {
      const phrase = variant.replace(/~/g, " ").replace(/\s+/g, " ").trim().normalize("NFC");
      if (phrase === "" || !DEVANAGARI_PHRASE.test(phrase)) continue;
      if (phrase.split(" ").length > MAX_HINDI_WORDS) continue;
      alternatives.push(phrase);
    }
  }
  return alternatives;
}

/** Reads the FreeDict English–Hindi dictionary (dictd format, gzip-compressed). */
export function readFreeDict(file: string): FreeDictPair[] {
  const text = gunzipSync(readFileSync(file)).toString("utf8");
  const pairs: FreeDictPair[] = [];
  let headword: string | null = null;
  let pos = "";
  for (const line of text.split("\n")) {
    const head = line.match(/^([A-Za-z][A-Za-z' .-]*?) (?:\/[^/]*\/ )?<([A-Za-z]+)>\s*$/);
    if (head) {
      headword = (head[1] ?? "").trim();
      pos = head[2] ?? "";
      if (headword.split(/\s+/).length > MAX_ENGLISH_WORDS) headword = null;
      continue;
    }
    const sense = line.match(/^(\d+)\. (.*)$/);
    if (!sense || headword === null) continue;
    const senseIndex = Number(sense[1]);
    const english = headword;
    hindiAlternatives(sense[2] ?? "").forEach((hindi, position) => {
      // Earlier senses and earlier alternatives are the dictionary's own ranking; shorter,
      // single-word English headwords are on the whole the commoner words.
      const score =
        (senseIndex - 1) * 3 +
        position * 1.5 +
        (english.includes(" ") ? 2 : 0) +
        english.length / 12 +
        (hindi.includes(" ") ? 0.5 : 0) +
        (/^[A-Z]/.test(english) ? 1 : 0) +
        (pos === "Adv" && english.endsWith("ly") ? 0.5 : 0);
      const forwardScore = (senseIndex - 1) * 3 + position * 1.5 + (hindi.includes(" ") ? 1 : 0);
      pairs.push({ english, englishPos: pos, hindi, score, forwardScore });
    });
  }
  return pairs;
}
