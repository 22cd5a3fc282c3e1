import { hindiKey } from "@/lib/text/hindi-key";
import { englishBaseForms } from "./english-morphology";
import type { SensePart } from "./english-senses";
import { GAZETTEER } from "./gazetteer";
import { HINDI_COMMON_WORDS } from "./hindi-common-words";
import { HINDI_FUNCTION_WORDS } from "./hindi-function-words";
import { functionWordKind } from "./hindi-grammar";
import { keyedByHindi, ownEntry, type GlossLexicon } from "./lexicon-types";
import { romanize, romanizeWord } from "./romanize";

/**
 * What the reader's word popover shows about one word, from the same tables the gloss uses:
 * the word's dictionary form, its part of speech and its meanings in the other language, best
 * first. Pure given a lexicon, so the route and the tests share it.
 */

export type PartOfSpeech =
  | "noun"
  | "proper-noun"
  | "verb"
  | "adjective"
  | "adverb"
  | "pronoun"
  | "number"
  | "postposition"
  | "conjunction"
  | "auxiliary";

export interface WordMeaning {
  text: string;
  partOfSpeech: PartOfSpeech | null;
  /** The meaning in Latin letters when it is Hindi, so a learner can say it. */
  romanization: string | null;
}

export interface WordLookup {
  word: string;
  language: "hi" | "en";
  /** The dictionary form the meanings belong to, when it differs from the word. */
  lemma: string | null;
  partOfSpeech: PartOfSpeech | null;
  /** Which form of the lemma this is (plural, future, …), from the analyser's tag. */
  form: WordForm | null;
  meanings: WordMeaning[];
  /** The word itself in Latin letters (Hindi words only). */
  romanization: string | null;
}

export type WordForm =
  | "plural"
  | "infinitive"
  | "perfective"
  | "imperfective"
  | "future"
  | "imperative"
  | "subjunctive"
  | "present"
  | "stem"
  | "agentive";

export const MAX_MEANINGS = 8;

const FUNCTION_WORDS = keyedByHindi({ ...HINDI_COMMON_WORDS, ...HINDI_FUNCTION_WORDS });
const PLACES = keyedByHindi(GAZETTEER);

// Apertium's tags in hi-lemmas.json, read as a part of speech and a form.
const TAGS: Record<string, [PartOfSpeech, WordForm | null]> = {
  n: ["noun", null],
  "n-pl": ["noun", "plural"],
  adj: ["adjective", null],
  num: ["number", null],
  prn: ["pronoun", null],
  agnt: ["noun", "agentive"],
  inf: ["verb", "infinitive"],
  perf: ["verb", "perfective"],
  impf: ["verb", "imperfective"],
  fut: ["verb", "future"],
  imp: ["verb", "imperative"],
  gna: ["verb", "subjunctive"],
  prs: ["verb", "present"],
  stem: ["verb", "stem"],
  v: ["verb", null],
};

const SENSE_PARTS: Record<SensePart, PartOfSpeech> = {
  n: "noun",
  np: "proper-noun",
  v: "verb",
  adj: "adjective",
  adv: "adverb",
};

const FUNCTION_KINDS: Partial<Record<ReturnType<typeof functionWordKind>, PartOfSpeech>> = {
  postposition: "postposition",
  genitive: "postposition",
  object: "postposition",
  ergative: "postposition",
  copula: "auxiliary",
  progressive: "auxiliary",
  passive: "auxiliary",
  "future-passive": "auxiliary",
  "habitual-passive": "auxiliary",
  modal: "auxiliary",
};

const splitSenses = (senses: string) =>
  [...new Set(senses.split("|").map((sense) => sense.trim()))].filter((sense) => sense !== "");

/** Looks a Hindi word up: the team's tables first (as the gloss does), then the dictionary. */
export function lookupHindiWord(word: string, lexicon: GlossLexicon): WordLookup {
  const key = hindiKey(word);
  const entry = lexicon.hindiLemmas.get(key);
  const bar = entry?.indexOf("|") ?? -1;
  const lemmaKey = entry !== undefined && bar > 0 ? entry.slice(0, bar) : null;
  const tag = entry !== undefined && bar > 0 ? entry.slice(bar + 1) : null;
  const tagged = tag === null ? undefined : ownEntry(TAGS, tag);
  let partOfSpeech: PartOfSpeech | null = tagged?.[0] ?? null;
  let lemma: string | null = null;
  const english: string[] = [];

  const fixed = FUNCTION_WORDS.get(key);
  if (fixed !== undefined && fixed !== "") {
    english.push(fixed);
    partOfSpeech ??= FUNCTION_KINDS[functionWordKind(key)] ?? null;
  }
  const place = PLACES.get(key) ?? lexicon.hindiNames?.get(key);
  if (place !== undefined) {
    english.push(place);
    partOfSpeech ??= "proper-noun";
  }
  const direct = lexicon.hindiToEnglish.get(key);
  if (direct !== undefined) english.push(...splitSenses(direct));
  // An inflected form: its meanings are the lemma's (किताबें → किताब, करेगा → करना).
  if (lemmaKey !== null && lemmaKey !== key) {
    const verb = tagged?.[0] === "verb";
    const candidates = verb && !lemmaKey.endsWith("ना") ? [`${lemmaKey}ना`, lemmaKey] : [lemmaKey];
    for (const candidate of candidates) {
      const senses = lexicon.hindiToEnglish.get(candidate) ?? FUNCTION_WORDS.get(candidate);
      if (senses === undefined) continue;
      lemma = candidate;
      if (direct === undefined) english.push(...splitSenses(senses));
      break;
    }
    lemma ??= lemmaKey;
  }
  // A dictionary word in -ना is a verb's infinitive, unless the lexicon knows it as a noun.
  if (partOfSpeech === null && direct !== undefined) {
    partOfSpeech =
      key.endsWith("ना") && !(lexicon.hindiNounsInNa?.has(key) ?? false) ? "verb" : null;
  }
  return {
    word,
    language: "hi",
    lemma,
    partOfSpeech,
    form: tagged?.[1] ?? null,
    meanings: [...new Set(english)].slice(0, MAX_MEANINGS).map((text) => ({
      text,
      partOfSpeech: null,
      romanization: null,
    })),
    romanization: romanizeWord(word),
  };
}

/** Looks an English word up in the English→Hindi senses (by part of speech), then the word list. */
export function lookupEnglishWord(word: string, lexicon: GlossLexicon): WordLookup {
  const meanings: WordMeaning[] = [];
  let lemma: string | null = null;
  const lower = word.toLowerCase();
  for (const form of englishBaseForms(word)) {
    const groups = lexicon.englishSenses?.lookup(form);
    const listed = ownEntry(lexicon.englishToHindi, form);
    if (groups === undefined && listed === undefined) continue;
    if (form !== lower) lemma ??= form;
    for (const [part, senses] of Object.entries(groups ?? {}) as [
      SensePart,
      { hindi: string }[],
    ][]) {
      for (const sense of senses) {
        if (meanings.some((meaning) => meaning.text === sense.hindi)) continue;
        meanings.push({
          text: sense.hindi,
          partOfSpeech: SENSE_PARTS[part],
          romanization: romanize(sense.hindi),
        });
      }
    }
    for (const hindi of listed ?? []) {
      if (meanings.some((meaning) => meaning.text === hindi)) continue;
      meanings.push({ text: hindi, partOfSpeech: null, romanization: romanize(hindi) });
    }
    // "announced" is listed as an adjective; its verb is under "announce": both forms count.
  }
  // Senses come grouped by part of speech, best first, so the first group's part of speech is
  // the word's most likely one.
  return {
    word,
    language: "en",
    lemma,
    partOfSpeech: meanings.find((meaning) => meaning.partOfSpeech !== null)?.partOfSpeech ?? null,
    form: null,
    meanings: meanings.slice(0, MAX_MEANINGS),
    romanization: null,
  };
}

export function lookupWord(word: string, language: "hi" | "en", lexicon: GlossLexicon): WordLookup {
  return language === "hi" ? lookupHindiWord(word, lexicon) : lookupEnglishWord(word, lexicon);
}
