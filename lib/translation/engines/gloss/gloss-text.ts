import { segmentSentences } from "@/lib/text/sentences";
import type { LanguageCode, SentenceAlignment } from "@/lib/translation/engine-spec";
import { pastTense, plural } from "./english-morphology";
import { glossEnglishSentence } from "./english-to-hindi";
import { GAZETTEER } from "./gazetteer";
import { HINDI_FUNCTION_WORDS, LATIN_LETTER_NAMES } from "./hindi-function-words";
import { arrangeUnits, functionWordKind, isVerbTag, type Unit } from "./hindi-grammar";
import { HINDI_COMMON_WORDS } from "./hindi-common-words";
import { hindiKey } from "@/lib/text/hindi-key";
import type { GlossLexicon } from "./lexicon-types";
import { capitalize, romanizeWord } from "./romanize";
import { joinPieces, toAsciiDigits, tokenize, type Piece } from "./tokenize";

const MAX_HINDI_SPAN = 4;

const keyed = (table: Record<string, string>) =>
  new Map(Object.entries(table).map(([hindi, english]) => [hindiKey(hindi), english]));
// The common-word table comes first so the function-word table wins where both list a word.
const STEM_AUXILIARIES = new Set(
  [
    "रहा है",
    "रही है",
    "रहे हैं",
    "रहा था",
    "रही थी",
    "रहे थे",
    "रहा",
    "रही",
    "रहे",
    "सकता",
    "सकती",
    "सकते",
    "जाएगा",
    "जाएगी",
    "जाएंगे",
    "चुका",
    "चुकी",
    "चुके",
  ].map((word) => hindiKey(word)),
);
const FUNCTION_WORDS = keyed({ ...HINDI_COMMON_WORDS, ...HINDI_FUNCTION_WORDS });
const PLACES = keyed(GAZETTEER);

function lookupHindi(key: string, lexicon: GlossLexicon): Unit | undefined {
  const fixed = FUNCTION_WORDS.get(key);
  if (fixed !== undefined) {
    const kind = functionWordKind(key);
    // Table entries in -ना are infinitives, i.e. verbs, just like the dictionary's.
    if (kind === "content" && key.endsWith("ना") && fixed !== "" && !fixed.startsWith("to ")) {
      return { text: fixed, kind: "verb", base: fixed, tense: "inf" };
    }
    return { text: fixed, kind };
  }
  const place = PLACES.get(key);
  if (place !== undefined) return { text: place, kind: "content" };
  const sense = Object.hasOwn(lexicon.hindiToEnglish, key)
    ? lexicon.hindiToEnglish[key]?.[0]
    : undefined;
  if (sense === undefined) return undefined;
  // A dictionary entry ending in -ना is a verb in its infinitive.
  return key.endsWith("ना")
    ? { text: sense, kind: "verb", base: sense, tense: "inf" }
    : { text: sense, kind: "content" };
}

function lemmaOf(key: string, lexicon: GlossLexicon): { lemma: string; tag: string } | undefined {
  const entry = Object.hasOwn(lexicon.hindiLemmas, key) ? lexicon.hindiLemmas[key] : undefined;
  if (entry === undefined) return undefined;
  const separator = entry.indexOf("|");
  return { lemma: entry.slice(0, separator), tag: entry.slice(separator + 1) };
}

function inflected(unit: Unit, tag: string): Unit {
  if (tag === "n-pl" && unit.kind === "content" && unit.text !== "")
    return { ...unit, text: plural(unit.text) };
  if (!isVerbTag(tag) || unit.text === "")
    return unit.kind === "verb" ? { ...unit, kind: "content" } : unit;
  const base = unit.base ?? unit.text;
  const text = tag === "perf" ? pastTense(base) : tag === "fut" ? `will ${base}` : base;
  return { text, kind: "verb", base, tense: tag };
}

// Keys of words already seen: computing a key normalises and rewrites the word, which would
// otherwise dominate the gloss's run time, and news text repeats its words a lot.
const wordKeys = new Map<string, string>();
function wordKey(word: string): string {
  let key = wordKeys.get(word);
  if (key === undefined) {
    key = hindiKey(word);
    if (wordKeys.size > 200_000) wordKeys.clear();
    wordKeys.set(word, key);
  }
  return key;
}

/** Renders a span of Hindi words, given their keys, or undefined when no table knows it. */
function glossSpan(keys: string[], lexicon: GlossLexicon): Unit | undefined {
  const key = keys.join("");
  const direct = lookupHindi(key, lexicon);
  if (direct !== undefined) return direct;
  const lemma = lemmaOf(key, lexicon);
  if (lemma !== undefined) {
    const unit = lookupHindi(lemma.lemma, lexicon);
    if (unit !== undefined) return inflected(unit, lemma.tag);
  }
  if (keys.length >= 2) {
    // Compound verbs: "विचार किया" is found as the dictionary's "विचार करना".
    const last = lemmaOf(keys.at(-1) ?? "", lexicon);
    if (last !== undefined) {
      const unit = lookupHindi(keys.slice(0, -1).join("") + last.lemma, lexicon);
      if (unit !== undefined) return inflected({ ...unit, base: unit.base ?? unit.text }, last.tag);
    }
  }
  return undefined;
}

const LETTER_NAMES = [...Object.entries(LATIN_LETTER_NAMES)].sort(
  (a, b) => b[0].length - a[0].length,
);

/** Reads a word spelled out as Latin letter names ("एएनआई") as its acronym, if it is one. */
export function readAcronym(word: string): string | undefined {
  let rest = word;
  let acronym = "";
  while (rest !== "") {
    const letter = LETTER_NAMES.find(([name]) => rest.startsWith(name));
    if (letter === undefined) return undefined;
    acronym += letter[1];
    rest = rest.slice(letter[0].length);
  }
  return acronym.length >= 2 ? acronym : undefined;
}

function glossHindiRun(words: string[], lexicon: GlossLexicon, output: string[]): void {
  const units: Unit[] = [];
  const keys = words.map(wordKey);
  let position = 0;
  while (position < words.length) {
    // Before a progressive, modal or future auxiliary Hindi uses the bare verb stem: खेल रहा है
    // is "is playing", not "game is", so the stem is read as a verb first.
    const following = keys.slice(position + 1, position + 3).join("");
    const nextWord = keys[position + 1] ?? "";
    if (STEM_AUXILIARIES.has(following) || STEM_AUXILIARIES.has(nextWord)) {
      // होना has no single English verb; before रहा/रहे it means "happen" (बारिश हो रही है).
      const verb =
        keys[position] === wordKey("हो")
          ? ({ text: "happen", kind: "verb", base: "happen" } satisfies Unit)
          : lookupHindi(wordKey(`${words[position] ?? ""}ना`), lexicon);
      if (verb?.kind === "verb") {
        units.push({ ...verb, tense: "stem" });
        position += 1;
        continue;
      }
    }
    let matched = false;
    for (let span = Math.min(MAX_HINDI_SPAN, words.length - position); span >= 1; span -= 1) {
      const unit = glossSpan(keys.slice(position, position + span), lexicon);
      if (unit !== undefined) {
        units.push(unit);
        position += span;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const word = words[position] ?? "";
    // Unknown words in news are mostly names, acronyms and English loanwords.
    units.push({
      kind: "content",
      text: word
        .split("-")
        .map((part) => {
          // The whole word was just looked up; only the parts of a hyphenated one are new.
          const known = part === word ? undefined : glossSpan([wordKey(part)], lexicon);
          if (known !== undefined) return known.text;
          const romanized = romanizeWord(part);
          return readAcronym(part) ?? lexicon.loanwords?.lookup(romanized) ?? capitalize(romanized);
        })
        .join("-"),
    });
    position += 1;
  }
  output.push(...arrangeUnits(units));
}

/** Word-level Hindi→English rendering of one sentence. */
export function glossHindiSentence(sentence: string, lexicon: GlossLexicon): string {
  const tokens = tokenize(sentence);
  const pieces: Piece[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    const spaceBefore = tokens[index - 1]?.kind === "space";
    if (
      token.kind === "devanagari" &&
      tokens[index + 1]?.text === "." &&
      LATIN_LETTER_NAMES[token.text]
    ) {
      // An initial: "एम. बी. पाटिल" is M. B. Patil.
      pieces.push({ text: LATIN_LETTER_NAMES[token.text] ?? token.text, spaceBefore });
      index += 1;
      continue;
    }
    // An ordinal written as a number with a suffix ("20वीं", "5वें") is "20th", "5th".
    if (
      token.kind === "devanagari" &&
      /^(वीं|वां|वें|वी|वा)$/.test(token.text) &&
      tokens[index - 1]?.kind === "number"
    ) {
      const last = pieces.at(-1);
      if (last) last.text = `${last.text}th`;
      index += 1;
      continue;
    }
    const startsRun =
      token.kind === "devanagari" ||
      (token.kind === "number" &&
        tokens[index + 1]?.kind === "space" &&
        tokens[index + 2]?.kind === "devanagari");
    if (startsRun) {
      // A run is a stretch of Devanagari words (and numbers among them, so "1990 में" can
      // become "in 1990") separated only by spaces: phrases and reordering work within it.
      const run = [token.kind === "number" ? toAsciiDigits(token.text) : token.text];
      let next = index + 1;
      const isInitial = (position: number) =>
        tokens[position + 1]?.text === "." &&
        LATIN_LETTER_NAMES[tokens[position]?.text ?? ""] !== undefined;
      while (
        tokens[next]?.kind === "space" &&
        (tokens[next + 1]?.kind === "devanagari" ||
          // A number with a suffix attached ("20वीं") ends the run: the suffix belongs to it.
          (tokens[next + 1]?.kind === "number" && tokens[next + 2]?.kind !== "devanagari")) &&
        !isInitial(next + 1)
      ) {
        const part = tokens[next + 1];
        run.push(part?.kind === "number" ? toAsciiDigits(part.text) : (part?.text ?? ""));
        next += 2;
      }
      const words: string[] = [];
      glossHindiRun(run, lexicon, words);
      let first = true;
      for (const word of words) {
        if (word === "") continue;
        pieces.push({ text: word, spaceBefore: first ? spaceBefore : true });
        first = false;
      }
      index = next;
      continue;
    }
    if (token.kind === "number") pieces.push({ text: toAsciiDigits(token.text), spaceBefore });
    else if (token.kind === "punctuation") {
      pieces.push({
        text: token.text === "।" || token.text === "॥" || token.text === "|" ? "." : token.text,
        spaceBefore,
      });
    } else if (token.kind !== "space") pieces.push({ text: token.text, spaceBefore });
    index += 1;
  }
  return capitalize(joinPieces(pieces));
}

/**
 * Glosses a paragraph sentence by sentence, so the alignment between source and output
 * sentences is exact rather than estimated.
 */
export function glossParagraph(
  paragraph: string,
  source: LanguageCode,
  lexicon: GlossLexicon,
): { translation: string; alignment: SentenceAlignment[] } {
  const glossSentence = source === "hi" ? glossHindiSentence : glossEnglishSentence;
  let translation = "";
  const alignment: SentenceAlignment[] = [];
  for (const sentence of segmentSentences(paragraph, source)) {
    const rendered = glossSentence(sentence.text, lexicon);
    if (rendered === "") continue;
    const start = translation === "" ? 0 : translation.length + 1;
    translation = translation === "" ? rendered : `${translation} ${rendered}`;
    alignment.push({
      source: [sentence.start, sentence.end],
      target: [start, start + rendered.length],
    });
  }
  return { translation, alignment };
}
