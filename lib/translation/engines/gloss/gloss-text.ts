import { indefiniteArticle } from "./english-articles";
import { segmentSentences } from "@/lib/text/sentences";
import type { LanguageCode, SentenceAlignment } from "@/lib/translation/engine-spec";
import {
  adverb,
  pastParticiple,
  pastTense,
  plural,
  presentParticiple,
  superlative,
  thirdPerson,
} from "./english-morphology";
import { glossEnglishSentence } from "./english-to-hindi";
import { GAZETTEER, HINDI_SHORT_NAMES } from "./gazetteer";
import { HINDI_FUNCTION_WORDS, LATIN_LETTER_NAMES } from "./hindi-function-words";
import { arrangeUnits, functionWordKind, isVerbTag, type Unit } from "./hindi-grammar";
import { HINDI_COMMON_WORDS } from "./hindi-common-words";
import { hindiKey } from "@/lib/text/hindi-key";
import { hindiCardinalValue, hindiNumberWord, readFraction } from "./hindi-numbers";
import { hindiPhonemes } from "./hindi-phonemes";
import { keyedByHindi, type GlossLexicon } from "./lexicon-types";
import { firstInoffensiveSense, isOffensiveEnglish } from "./offensive-words";
import { capitalize, romanizeWord } from "./romanize";
import { besideName, personNameAt } from "./person-names";
import { joinPieces, toAsciiDigits, tokenize, type Piece } from "./tokenize";

const MAX_HINDI_SPAN = 4;
const MAX_RUN_WORDS = 64;
// English news text writes plain quotes; Hindi text often has typographic ones.
const ENGLISH_QUOTES = new Map([
  ["“", '"'],
  ["”", '"'],
  ["‘", "'"],
  ["’", "'"],
]);

// The common-word table comes first so the function-word table wins where both list a word.
const STEM_AUXILIARIES = new Set(
  ["रहा", "रही", "रहे", "सकता", "सकती", "सकते", "जाएगा", "जाएगी", "जाएंगे", "चुका", "चुकी", "चुके"].map(
    (word) => hindiKey(word),
  ),
);
const FUNCTION_WORDS = keyedByHindi({ ...HINDI_COMMON_WORDS, ...HINDI_FUNCTION_WORDS });
const PLACES = keyedByHindi({ ...GAZETTEER, ...HINDI_SHORT_NAMES });
// First words of the tables' multi-word entries (के लिए, नई दिल्ली), beside the lexicon's own.
const TABLE_PHRASE_STARTS = new Set(
  [
    ...Object.keys(HINDI_COMMON_WORDS),
    ...Object.keys(HINDI_FUNCTION_WORDS),
    ...Object.keys(GAZETTEER),
    ...Object.keys(HINDI_SHORT_NAMES),
  ]
    .map((phrase) => phrase.split(/[\s-]+/))
    .filter((words) => words.length > 1)
    .map((words) => hindiKey(words[0] ?? "")),
);

// Lakh and crore stay lakh and crore, as Indian English writes them (the README's number policy);
// the two larger units have English names.
const LARGE_AMOUNTS: Record<string, string> = {
  [hindiKey("अरब")]: "billion",
  [hindiKey("खरब")]: "hundred billion",
};

/**
 * Nouns of measure, time and money. Hindi leaves them singular after a number (5 साल, तीन मील);
 * English counts them in the plural (5 years, three miles). Only these: after a number an
 * adjective may come first (5 बड़े शहर), and an adjective must not take an -s.
 */
const COUNTED_NOUNS = new Set(
  [
    // What sport, markets and elections count (250 रन, 7 पदक, 240 सीटें).
    "रन",
    "विकेट",
    "ओवर",
    "पदक",
    "अंक",
    "गोल",
    "मैच",
    "सीट",
    "वोट",
    "छात्र",
    "मरीज",
    "मरीज़",
    "गांव",
    "साल",
    "वर्ष",
    "महीने",
    "महीना",
    "सप्ताह",
    "हफ्ते",
    "हफ़्ते",
    "दिन",
    "घंटे",
    "घंटा",
    "मिनट",
    "सेकंड",
    "मील",
    "किलोमीटर",
    "मीटर",
    "सेंटीमीटर",
    "मिलीमीटर",
    "इंच",
    "फुट",
    "फ़ुट",
    "डॉलर",
    "पाउंड",
    "यूरो",
    "किलो",
    "किलोग्राम",
    "ग्राम",
    "टन",
    "लीटर",
    "डिग्री",
    "गज",
    "एकड़",
    "हेक्टेयर",
  ].map((word) => hindiKey(word)),
);

/** Counts above one written as words: दो (two) … and कई (several). */
const COUNT_WORDS = new Set(
  [
    "दो",
    "तीन",
    "चार",
    "पांच",
    "पाँच",
    "छह",
    "छः",
    "सात",
    "आठ",
    "नौ",
    "दस",
    "बीस",
    "तीस",
    "चालीस",
    "पचास",
    "सौ",
    "हज़ार",
    "हजार",
    "लाख",
    "करोड़",
    "कई",
    "डेढ़",
    "ढाई",
  ].map((word) => hindiKey(word)),
);

/** Whether a word counts more than one thing: a number other than 1, or a count word. */
const countsSeveral = (word: string, key: string) =>
  /^[0-9][0-9.,]*$/.test(word)
    ? !/^0*1$/.test(word)
    : COUNT_WORDS.has(key) || (hindiCardinalValue(key) ?? 0) > 1;

/** Whether a span of several words may start at this word (most words start none). */
const mayStartPhrase = (key: string, lexicon: GlossLexicon) =>
  lexicon.hindiPhraseStarts === undefined ||
  TABLE_PHRASE_STARTS.has(key) ||
  lexicon.hindiPhraseStarts.has(key);

/** A key in -ना is a verb's infinitive unless the lexicon lists it as a noun (योजना scheme). */
const isInfinitive = (key: string, lexicon: GlossLexicon) =>
  key.endsWith("ना") && !(lexicon.hindiNounsInNa?.has(key) ?? false);

// English renderings that make a table word a pronoun; Hindi words that start a clause.
const PRONOUNS = new Set([
  "I",
  "me",
  "we",
  "us",
  "you",
  "he",
  "him",
  "she",
  "her",
  "it",
  "they",
  "them",
  "this",
  "these",
  "those",
]);
const CLAUSE_WORDS = new Set(
  [
    "कि",
    "लेकिन",
    "परंतु",
    "किंतु",
    "मगर",
    "क्योंकि",
    "जब",
    "जबकि",
    "अगर",
    "यदि",
    "तो",
    "ताकि",
    "जो",
    "जिसे",
    "जिसमें",
    "जिसके",
    "जिसकी",
    "जिनमें",
    "जिन्होंने",
    "जिससे",
    "जहां",
    "हालांकि",
    "इसलिए",
    "बल्कि",
  ].map((word) => hindiKey(word)),
);
// Pronouns with the ergative ने built in (उन्होंने = उन + ने): a subject whose verb follows.
const ERGATIVE_PRONOUNS = new Set(
  ["उन्होंने", "इन्होंने", "मैंने", "हमने", "उसने", "इसने", "आपने", "तुमने", "जिन्होंने", "जिसने"].map((word) =>
    hindiKey(word),
  ),
);

const FINITE_TAGS = new Set(["perf", "fut", "impf"]);

/** Whether an English rendering is the given tense of a verb (came of come, will do of do). */
const isFormOf = (text: string, base: string, tag: string) =>
  tag === "perf"
    ? text === pastTense(base)
    : tag === "fut"
      ? text === `will ${base}`
      : text === base || text === thirdPerson(base);

function lookupHindi(key: string, lexicon: GlossLexicon): Unit | undefined {
  const number = hindiNumberWord(key);
  if (number !== undefined) return { text: number, kind: "content" };
  const fixed = FUNCTION_WORDS.get(key);
  if (fixed !== undefined) {
    let kind = functionWordKind(key);
    if (kind === "content" && PRONOUNS.has(fixed)) kind = "pronoun";
    else if (kind === "content" && CLAUSE_WORDS.has(key)) kind = "clause";
    // Table entries in -ना are infinitives, i.e. verbs, just like the dictionary's.
    if (
      kind === "content" &&
      isInfinitive(key, lexicon) &&
      fixed !== "" &&
      !fixed.startsWith("to ")
    ) {
      return { text: fixed, kind: "verb", base: fixed, tense: "inf" };
    }
    // A finite verb form the table renders itself (आया came, करेगा will do) is still a verb, so
    // verb groups and word order treat it as one; its base comes from the dictionary's lemma.
    if (kind === "content" && fixed !== "") {
      const lemma = lemmaOf(key, lexicon);
      if (lemma !== undefined && FINITE_TAGS.has(lemma.tag)) {
        const verb = lookupHindi(lemma.lemma, lexicon);
        // Only when the table's text is that verb's form (आया "came" from आना "come"): बड़ा
        // "big" is also read as a form of a verb, but the table meant the adjective.
        if (
          verb?.kind === "verb" &&
          verb.base !== undefined &&
          verb.base !== "" &&
          isFormOf(fixed, verb.base, lemma.tag)
        )
          return { text: fixed, kind: "verb", base: verb.base, tense: lemma.tag };
      }
    }
    return { text: fixed, kind };
  }
  const place = PLACES.get(key);
  if (place !== undefined) return { text: place, kind: "content" };
  // CLDR's names of countries, languages and currencies, after the team's own gazetteer.
  const name = lexicon.hindiNames?.get(key);
  if (name !== undefined) return { text: name, kind: "content" };
  const senses = lexicon.hindiToEnglish.get(key);
  const sense = senses === undefined ? undefined : firstInoffensiveSense(senses);
  if (sense === undefined) return undefined;
  // A dictionary entry ending in -ना is a verb in its infinitive, unless its English is an
  // adverb (संभव हो सकना "possibly"), which no tense can be put on.
  return isInfinitive(key, lexicon) && !/ly$/.test(sense)
    ? { text: sense, kind: "verb", base: sense, tense: "inf" }
    : { text: sense, kind: "content" };
}

const HONANA = hindiKey("होनाना");
const HONA = hindiKey("होना");
const HUE = hindiKey("हुए");

const FEMININE_PLURAL_ENDING = "\u0940\u0902"; // ीं

function lemmaOf(key: string, lexicon: GlossLexicon): { lemma: string; tag: string } | undefined {
  // The analyser's table lacks most feminine plural forms (कीमतें बढ़ीं, महिलाएं लौटीं): they are
  // the feminine singular (बढ़ी, लौटी) with a nasal, in the same tense.
  const entry =
    lexicon.hindiLemmas.get(key) ??
    (key.endsWith(FEMININE_PLURAL_ENDING) ? lexicon.hindiLemmas.get(key.slice(0, -1)) : undefined);
  if (entry === undefined) return undefined;
  const separator = entry.indexOf("|");
  const lemma = entry.slice(0, separator);
  // The analyser's data gives होना's forms (हुआ, होता, होगा) the lemma "होनाना"; read as होना,
  // they make compound verbs with a noun (शुरू हुआ → started, शामिल होगा → will join).
  if (lemma !== HONANA) return { lemma, tag: entry.slice(separator + 1) };
  // हुए is होना's perfect participle (शामिल हुए थे → had joined), not a present form.
  return { lemma: HONA, tag: key === HUE ? "perf" : entry.slice(separator + 1) };
}

function inflected(unit: Unit, tag: string): Unit {
  if (tag === "n-pl" && unit.kind === "content" && unit.text !== "")
    return { ...unit, text: plural(unit.text) };
  if (!isVerbTag(tag) || unit.text === "")
    return unit.kind === "verb" ? { ...unit, kind: "content" } : unit;
  // The table's infinitives read "to go"; a tense goes on the verb itself.
  const base = (unit.base ?? unit.text).replace(/^to /, "");
  const text = tag === "perf" ? pastTense(base) : tag === "fut" ? `will ${base}` : base;
  return { text, kind: "verb", base, tense: tag };
}

// Keys of words already seen: computing a key normalises and rewrites the word, which would
// otherwise dominate the gloss's run time, and news text repeats its words a lot.
// Each word's entry also keeps its node at the top of the span memo (valid while the memo's
// generation is unchanged), so a word costs one lookup in a large map rather than two.
interface WordEntry {
  key: string;
  node: SpanMemoNode | undefined;
  /** The memo generation node belongs to; -1, never one, until it is set. */
  generation: number;
}
const wordKeys = new Map<string, WordEntry>();
function wordEntry(word: string): WordEntry {
  let entry = wordKeys.get(word);
  if (entry === undefined) {
    // Every field from the start, so that all entries share one shape (as the memo's nodes do).
    entry = { key: hindiKey(word), node: undefined, generation: -1 };
    if (wordKeys.size > 200_000) wordKeys.clear();
    wordKeys.set(word, entry);
  }
  return entry;
}
const wordKey = (word: string): string => wordEntry(word).key;

/** Renders a span of Hindi words, given their keys, or undefined when no table knows it. */
// Spans already glossed, per lexicon: news repeats its words and phrases, and a lookup tries
// the table, the names, the lexicon, the lemma and the compound-verb path in turn. Units are
// never changed after they are made (the grammar copies them), so one may be shared.
// The memo is a trie over the span's keys: each key is the same string object every time
// (wordKey returns it from its own map), so its hash is computed once, and a span is looked up
// without joining or slicing anything.
interface SpanMemoNode {
  unit?: Unit | null;
  longer?: Map<string, SpanMemoNode>;
  /** On a first word's node: whether a span of several words may start at it. */
  startsPhrase?: boolean;
}
const spanMemo = new WeakMap<GlossLexicon, Map<string, SpanMemoNode>>();
const SPAN_MEMO_LIMIT = 100_000;
let memoLexicon: GlossLexicon | undefined;
let memoRoot = new Map<string, SpanMemoNode>();
let memoNodes = 0;
// Changes whenever the memo's top level is emptied or another lexicon's is used.
let memoGeneration = 0;

/**
 * Walks the memo down the keys from start, making the nodes it lacks, and puts the node of the
 * span of offset + 1 words in path[offset]: one walk serves every span length the caller tries
 * (4, 3, 2, 1 words), instead of one walk from the root per length. At most length words; only
 * one when phrases is set and no span of several words may start at the first word (its node
 * remembers which, so the phrase-start sets are asked once per word). Returns how many it put.
 */
function walkSpanMemo(
  keys: readonly string[],
  lexicon: GlossLexicon,
  start: number,
  length: number,
  path: SpanMemoNode[],
  phrases: boolean,
  first?: WordEntry,
): number {
  if (memoLexicon !== lexicon) {
    let root = spanMemo.get(lexicon);
    if (root === undefined) {
      root = new Map();
      spanMemo.set(lexicon, root);
    }
    memoLexicon = lexicon;
    memoRoot = root;
    memoGeneration += 1;
  }
  let level = memoRoot;
  for (let offset = 0; offset < length; offset += 1) {
    const key = keys[start + offset] ?? "";
    let node = offset === 0 && first?.generation === memoGeneration ? first.node : level.get(key);
    if (node === undefined) {
      // Bounded like the other memos: a long-running server sees ever new names.
      if (memoNodes >= SPAN_MEMO_LIMIT) {
        memoRoot.clear();
        memoNodes = 0;
        memoGeneration += 1;
        level = memoRoot;
        offset = -1;
        continue;
      }
      // Every field from the start: nodes then share one shape, and reading them stays fast.
      node = { unit: undefined, longer: undefined, startsPhrase: undefined };
      level.set(key, node);
      memoNodes += 1;
    }
    path[offset] = node;
    if (offset === 0 && first !== undefined) {
      first.node = node;
      first.generation = memoGeneration;
    }
    if (offset === 0 && phrases) {
      node.startsPhrase ??= mayStartPhrase(key, lexicon);
      if (!node.startsPhrase) return 1;
    }
    if (offset < length - 1) {
      node.longer ??= new Map();
      level = node.longer;
    }
  }
  return length;
}

/** The unit of a span whose memo node is given, glossed on its first lookup. */
function spanUnit(
  node: SpanMemoNode,
  keys: readonly string[],
  lexicon: GlossLexicon,
  start: number,
  length: number,
): Unit | undefined {
  if (node.unit !== undefined) return node.unit ?? undefined;
  const unit = glossSpanUncached(keys.slice(start, start + length), lexicon);
  node.unit = unit ?? null;
  return unit;
}

function glossSpan(
  keys: readonly string[],
  lexicon: GlossLexicon,
  start = 0,
  length = keys.length,
): Unit | undefined {
  const path: SpanMemoNode[] = [];
  walkSpanMemo(keys, lexicon, start, length, path, false);
  const node = path[length - 1];
  return node === undefined ? undefined : spanUnit(node, keys, lexicon, start, length);
}

/** A postposition, pronoun, auxiliary or connective of the table (not one of its nouns). */
function isGrammarWord(key: string): boolean {
  const fixed = FUNCTION_WORDS.get(key);
  return (
    fixed !== undefined &&
    (functionWordKind(key) !== "content" || PRONOUNS.has(fixed) || CLAUSE_WORDS.has(key))
  );
}

/**
 * Whether a span of several words begins or ends with a postposition, pronoun or auxiliary.
 * Keys join without spaces, so such a span can spell a one-word dictionary entry by accident
 * (में आज → मेंआज "Menaja", पर मिला → परमिला "Parmila", कल से → a form of कलसा "ampulla"); only
 * the team's own tables (के लिए, के बाद) are trusted with phrases of that shape.
 */
function edgeIsGrammarWord(keys: readonly string[]): boolean {
  return keys.length >= 2 && (isGrammarWord(keys[0] ?? "") || isGrammarWord(keys.at(-1) ?? ""));
}

function glossSpanUncached(keys: string[], lexicon: GlossLexicon): Unit | undefined {
  const key = keys.join("");
  const accidental = edgeIsGrammarWord(keys) && !FUNCTION_WORDS.has(key) && !PLACES.has(key);
  const direct = accidental ? undefined : lookupHindi(key, lexicon);
  // Words that happen to join into a phrase whose only sense is a slur (काला आदमी) are read
  // one by one instead.
  if (direct !== undefined && !(keys.length >= 2 && isOffensiveEnglish(direct.text))) return direct;
  const lemma = accidental ? undefined : lemmaOf(key, lexicon);
  if (lemma !== undefined) {
    const unit = lookupHindi(lemma.lemma, lexicon);
    if (unit !== undefined) return inflected(unit, lemma.tag);
  }
  if (keys.length >= 2) {
    // Compound verbs: "विचार किया" is found as the dictionary's "विचार करना".
    const last = lemmaOf(keys.at(-1) ?? "", lexicon);
    // A postposition or pronoun before the verb is not part of it (सिंगापुर में होने is "in",
    // not a compound "में होना").
    if (last !== undefined && !isGrammarWord(keys.at(-2) ?? "")) {
      const unit = lookupHindi(keys.slice(0, -1).join("") + last.lemma, lexicon);
      if (unit?.kind === "verb") {
        const verb = inflected({ ...unit, base: unit.base ?? unit.text }, last.tag);
        // With होना the compound is intransitive: गया after it is the past, not a passive.
        return last.lemma === HONA ? { ...verb, intransitive: true } : verb;
      }
    }
  }
  return undefined;
}

/** A Latin letter spelled in Devanagari (एम → M); never a prototype member. */
const letterName = (word: string) =>
  Object.hasOwn(LATIN_LETTER_NAMES, word) ? LATIN_LETTER_NAMES[word] : undefined;

const LETTER_NAMES = [...Object.entries(LATIN_LETTER_NAMES)].sort(
  (a, b) => b[0].length - a[0].length,
);

// Renderings of unknown words, per lexicon: names recur through an article, and reading one
// (romanising, then matching its sounds against English) is the costliest step of the gloss.
const unknownMemo = new WeakMap<GlossLexicon, Map<string, string>>();

const NE = hindiKey("ने");
const ORDINAL_BEFORE_NOUN = new Map([
  [hindiKey("पहले"), "first"],
  [hindiKey("दूसरे"), "second"],
]);
const ORDINAL_POSTPOSITIONS = new Set(
  ["में", "के", "की", "का", "को", "से", "पर", "तक"].map((word) => hindiKey(word)),
);
// Perfective endings of a verb stem: masculine plural -ए/-े, feminine -ी, feminine plural -ीं.
const PERFECTIVE_ENDING = /(?:\u090F|\u0947|\u0940\u0902|\u0940)$/;

/**
 * A word after a ने subject read as its stem's verb in the past, when the analyser's table has
 * it as a present or an imperfect form (बनाए, जीते, जीतीं): after ने, Hindi's verb is perfective.
 */
function perfectiveAfterErgative(key: string, lexicon: GlossLexicon): Unit | undefined {
  if (FUNCTION_WORDS.has(key) || !PERFECTIVE_ENDING.test(key)) return undefined;
  const lemma = lemmaOf(key, lexicon);
  if (lemma === undefined || (lemma.tag !== "prs" && lemma.tag !== "impf")) return undefined;
  const verb = lookupHindi(`${key.replace(PERFECTIVE_ENDING, "")}ना`, lexicon);
  if (verb?.kind !== "verb" || verb.base === undefined || verb.base === "") return undefined;
  const base = verb.base.replace(/^to /, "");
  return { text: pastTense(base), kind: "verb", base, tense: "perf" };
}

/** Whether neither the tables nor the dictionary know a word, in any of its forms. */
function isUnknownWord(key: string, lexicon: GlossLexicon): boolean {
  return lookupHindi(key, lexicon) === undefined && lemmaOf(key, lexicon) === undefined;
}

/**
 * An unknown word as an acronym, a recovered English loanword, or a romanised name; only as an
 * acronym or a name when it is known to stand in a name.
 */
function renderUnknown(word: string, lexicon: GlossLexicon, inName = false): string {
  if (inName) {
    return word
      .split("-")
      .map((part) => readAcronym(part) ?? capitalize(romanizeWord(part)))
      .join("-");
  }
  let memo = unknownMemo.get(lexicon);
  if (memo === undefined) {
    memo = new Map();
    unknownMemo.set(lexicon, memo);
  }
  const known = memo.get(word);
  if (known !== undefined) return known;
  const rendered = word
    .split("-")
    .map((part) => {
      // The whole word was just looked up; only the parts of a hyphenated one are new.
      const glossed = part === word ? undefined : glossSpan([wordKey(part)], lexicon);
      if (glossed !== undefined) return glossed.text;
      return (
        readAcronym(part) ??
        lexicon.loanwords?.lookup(hindiPhonemes(part)) ??
        capitalize(romanizeWord(part))
      );
    })
    .join("-");
  if (memo.size >= SPAN_MEMO_LIMIT) memo.clear();
  memo.set(word, rendered);
  return rendered;
}

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

// Forms of जाना that, after a perfective verb, make its passive (किया जा सकता है, किया जाना
// चाहिए, किया जाए, किए जाने की), by the form the verb group needs.
const PASSIVE_AUXILIARIES = new Map(
  [
    ["जा", "stem"],
    ["जाना", "inf"],
    ["जाए", "subj"],
    ["जाएं", "subj"],
    ["जाये", "subj"],
    ["जाने", "oblique"],
  ].map(([hindi, form]) => [hindiKey(hindi ?? ""), form ?? ""]),
);
// Verbs after a bare stem that only add completion (बना दिया → made, लिख लिया → wrote).
const VECTOR_VERBS = new Set(
  ["दिया", "दी", "दिए", "दीं", "लिया", "ली", "लिए", "लीं", "डाला", "डाली", "डाले"].map((word) =>
    hindiKey(word),
  ),
);
const GAYA = new Set(["गया", "गई", "गए", "गयी", "गये", "गईं"].map((word) => hindiKey(word)));
const PARTICIPLE_MARKERS = new Set(["हुए", "हुई"].map((word) => hindiKey(word)));
const SUFFIX_VALA = new Set(["वाला", "वाले", "वाली", "वालों"].map((word) => hindiKey(word)));
const GENITIVES = new Set(["का", "की", "के"].map((word) => hindiKey(word)));
const KE = hindiKey("के");
const LIE = hindiKey("लिए");

/** The verb whose oblique infinitive (करने, बदलने) this key is, if it is one. */
function obliqueInfinitive(key: string, lexicon: GlossLexicon): Unit | undefined {
  if (!key.endsWith("ने") || key.length < 4) return undefined;
  const verb = lookupHindi(`${key.slice(0, -2)}ना`, lexicon);
  return verb?.kind === "verb" && verb.base !== undefined && verb.base !== "" ? verb : undefined;
}

const GERUND_POSTPOSITIONS = new Set(["में", "पर", "से", "तक"].map((word) => hindiKey(word)));

/**
 * An oblique infinitive (करने, or a compound's विचार करने) read by what follows it: before के
 * लिए it is one of purpose (to do), before का a complement (the right to change), before a
 * postposition a gerund (पर विचार करने में → in considering). Pushes the unit and returns how
 * many of the following words it used, or -1 when none of these follows.
 */
function infinitiveUse(base: string, keys: string[], next: number, units: Unit[]): number {
  const following = keys[next] ?? "";
  if (following === KE && keys[next + 1] === LIE) {
    units.push({ text: `to ${base}`, kind: "participle" });
    return 2;
  }
  if (GENITIVES.has(following)) {
    units.push({ text: `to ${base}`, kind: "content", infinitive: true });
    return 0;
  }
  if (GERUND_POSTPOSITIONS.has(following)) {
    units.push({ text: presentParticiple(base), kind: "content" });
    return 0;
  }
  return -1;
}

/**
 * Verb forms that are read with the word after them: an oblique infinitive before के लिए, का
 * or वाला (करने के लिए → to do, बदलने का अधिकार → the right to change, रहने वाले → living), a
 * bare stem before a completion verb (बना दिया → made). Returns how many words were used.
 */
function verbForm(keys: string[], position: number, lexicon: GlossLexicon, units: Unit[]): number {
  const key = keys[position] ?? "";
  const next = keys[position + 1] ?? "";
  const infinitive = obliqueInfinitive(key, lexicon);
  if (infinitive?.base !== undefined) {
    if (SUFFIX_VALA.has(next)) {
      units.push({ text: presentParticiple(infinitive.base), kind: "placed" });
      return 2;
    }
    const used = infinitiveUse(infinitive.base, keys, position + 1, units);
    if (used >= 0) return 1 + used;
  }
  // A bare stem before गया is the intransitive past (आ गया → came, बढ़ गई → increased), not a
  // passive, which takes the perfective form (किया गया).
  if (GAYA.has(next) && !FUNCTION_WORDS.has(key) && lemmaOf(key, lexicon)?.tag !== "perf") {
    const verb = lookupHindi(`${key}ना`, lexicon);
    if (verb?.kind === "verb" && verb.base !== undefined && verb.base !== "") {
      units.push({
        text: pastTense(verb.base),
        kind: "verb",
        base: verb.base,
        tense: "perf",
        intransitive: true,
      });
      return 2;
    }
  }
  if (VECTOR_VERBS.has(next) && !FUNCTION_WORDS.has(key)) {
    const verb = lookupHindi(`${key}ना`, lexicon);
    if (verb?.kind === "verb" && verb.base !== undefined && verb.base !== "") {
      units.push({ text: pastTense(verb.base), kind: "verb", base: verb.base, tense: "perf" });
      return 2;
    }
  }
  return 0;
}

// "X रूप से", "X तरह से", "X तरीके से", "X ढंग से": in an X manner, i.e. X's adverb.
const MANNER_NOUNS = new Set(["रूप", "तरह", "तरीके", "ढंग"].map((word) => hindiKey(word)));
const SE = hindiKey("से");
const TAUR = hindiKey("तौर");
const PAR = hindiKey("पर");
const TAK = hindiKey("तक");
const KOI = hindiKey("कोई");
const PURVA = hindiKey("पूर्व");
const SABSE = hindiKey("सबसे");
const LE = hindiKey("ले");
const JAYA = new Set(["जाया", "जाई"].map((word) => hindiKey(word)));
const MONTHS = new Set([
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
]);
const DAY_OF_MONTH = /^(?:[1-9]|[12][0-9]|3[01])$/;
const YEAR_NUMBER = /^[12][0-9]{3}$/;
// सबसे पहले is "first" (first of all), not "most before".
const FIRST_AFTER_SABSE = hindiKey("पहले");
// Adverbs of place and time that सबसे may stand before (सबसे आगे, सबसे ऊपर): no superlative.
const NOT_ADJECTIVES =
  /^(?:beyond|ahead|above|below|behind|before|after|up|down|over|under|forward|back)$/;
// "own" is अपना before the grammar says whose it is.
const POSSESSIVE_DETERMINERS = new Set(["my", "our", "your", "his", "her", "its", "their", "own"]);
const PAHUNCH = hindiKey("पहुंच");
const HAPPENED = new Set(["हुआ", "हुई", "हुए"].map((word) => hindiKey(word)));
// The progressive's रहा without its auxiliary, and the words that would make it a full verb
// group (खेल रहा है, खेल रहे थे, खेल रहा हूं) or a different one (रह गया).
const BARE_PROGRESSIVE = new Set(["रहा", "रही", "रहे", "रहीं"].map((word) => hindiKey(word)));
const RAHE = hindiKey("रहे");
const AFTER_BARE_PROGRESSIVE = new Set(
  [
    "है",
    "हैं",
    "हूं",
    "था",
    "थी",
    "थे",
    "थीं",
    "हो",
    "होगा",
    "होगी",
    "होंगे",
    "होंगी",
    "गया",
    "गई",
    "गए",
  ].map((word) => hindiKey(word)),
);
// Possessive pronouns that, before पास, name who has something (उनके पास → they have).
const POSSESSIVE_OWNERS = new Map(
  [
    ["उनके", "they"],
    ["उसके", "he"],
    ["मेरे", "I"],
    ["हमारे", "we"],
    ["आपके", "you"],
    ["इसके", "it"],
  ].map(([word, owner]) => [hindiKey(word ?? ""), owner ?? ""]),
);
const PAAS = hindiKey("पास");
const NAHIN = hindiKey("नहीं");
const COPULA_TENSES = new Map(
  [
    ["है", "present"],
    ["हैं", "present"],
    ["था", "past"],
    ["थी", "past"],
    ["थे", "past"],
  ].map(([word, tense]) => [hindiKey(word ?? ""), tense ?? ""]),
);
const SINGULAR_OWNERS = new Set(["he", "it"]);

/**
 * When a run that opens with "owner पास" ends in a copula (उनके पास पैसा नहीं है), the English
 * verb "have" in the copula's tense, with its negation, and where the run's own words end.
 */
function haveClause(
  owner: string,
  keys: readonly string[],
  start: number,
): { verb: string; end: number } | undefined {
  const tense = COPULA_TENSES.get(keys.at(-1) ?? "");
  if (tense === undefined || keys.length - start < 4) return undefined;
  // The copula must end this clause, not a later one (उनके पास पैसा है लेकिन वह खुश नहीं है).
  for (let index = start + 2; index < keys.length; index += 1)
    if (CLAUSE_WORDS.has(keys[index] ?? "")) return undefined;
  const negated = keys.at(-2) === NAHIN;
  const singular = SINGULAR_OWNERS.has(owner);
  const verb =
    tense === "past"
      ? negated
        ? "did not have"
        : "had"
      : negated
        ? singular
          ? "does not have"
          : "do not have"
        : singular
          ? "has"
          : "have";
  return { verb, end: keys.length - (negated ? 2 : 1) };
}

// Perfective and future forms of मिलना, by the tense they carry.
const MILNA_FORMS = new Map(
  [
    ...["मिला", "मिली", "मिले", "मिलीं"].map((word) => [word, "perf"] as const),
    ...["मिलेगा", "मिलेगी", "मिलेंगे", "मिलेंगी"].map((word) => [word, "fut"] as const),
  ].map(([word, tense]) => [hindiKey(word), tense]),
);
const BAJE = hindiKey("बजे");
const DAY_PARTS = new Map(
  [
    ["सुबह", "a.m."],
    ["प्रातः", "a.m."],
    ["दोपहर", "p.m."],
    ["शाम", "p.m."],
    ["रात", "p.m."],
  ].map(([word, english]) => [hindiKey(word ?? ""), english ?? ""]),
);
const CLOCK_TIME = /^[0-9]{1,2}(?:[:.][0-9]{2})?$/;
const PLURAL_MILNA = new Set(["मिले", "मिलीं"].map((word) => hindiKey(word)));

/**
 * से is "from" by default; before a verb of speaking it marks who is spoken to (राम से कहा → said
 * to Ram), before one of talking or meeting the other party (मंत्री से बात → talk with).
 */
const SE_BEFORE: Map<string, string> = new Map(
  [
    ["कहा", "to"],
    ["कहे", "to"],
    ["कही", "to"],
    ["कहते", "to"],
    ["कहती", "to"],
    ["कहने", "to"],
    ["अपील", "to"],
    ["अनुरोध", "to"],
    ["बात", "with"],
    ["बातचीत", "with"],
    ["मुलाकात", "with"],
    ["संपर्क", "with"],
    ["शादी", "with"],
    ["विवाह", "with"],
  ].map(([word, english]) => [hindiKey(word ?? ""), english ?? ""]),
);

/** A year: 1800–2099. */
const YEAR = /^(18|19|20)[0-9][0-9]$/;

/**
 * The sense of से from its neighbours, or undefined for the table's "from": a year before it
 * with no तक after it in the run is a starting point (2010 से → since 2010; 2010 से 2015 तक stays
 * from … to).
 */
function seSense(words: string[], keys: string[], position: number): string | undefined {
  const byNext = SE_BEFORE.get(keys[position + 1] ?? "");
  if (byNext !== undefined) return byNext;
  if (YEAR.test(words[position - 1] ?? "") && !keys.includes(TAK, position + 1)) return "since";
  return undefined;
}

/** An adjective followed by a manner phrase (गंभीर रूप से → seriously), as one adverb. */
function mannerAdverb(keys: string[], position: number, lexicon: GlossLexicon): string | undefined {
  const noun = keys[position + 1] ?? "";
  const postposition = keys[position + 2] ?? "";
  // खास तौर पर, आम तौर से: तौर takes पर as often as से.
  const manner =
    (MANNER_NOUNS.has(noun) && postposition === SE) ||
    (noun === TAUR && (postposition === SE || postposition === PAR));
  // के तौर पर is the postposition "as", read by the tables.
  if (!manner || GENITIVES.has(keys[position] ?? "")) return undefined;
  // The tables' own rendering of the whole phrase (मोटे तौर पर → roughly) comes first.
  const fixed = FUNCTION_WORDS.get(`${keys[position] ?? ""}${noun}${postposition}`);
  if (fixed !== undefined) return fixed;
  const unit = glossSpan([keys[position] ?? ""], lexicon);
  // Only a one-word adjective-like rendering: "इस तरह से" (this way) is not an adverb of "this".
  if (unit?.kind !== "content" || !/^[a-z]+$/.test(unit.text)) return undefined;
  if (
    FUNCTION_WORDS.has(keys[position] ?? "") &&
    !/(al|ic|ous|ive|ar|ent|ant|ful|ble|ain)$/.test(unit.text)
  )
    return undefined;
  return adverb(unit.text);
}

// Words that may follow a compound verb ending in की/के/का (बात की थी, मदद की और): an
// auxiliary, a negation's partner, a clause word. Anything else after it, usually a noun, shows
// the की to be a genitive (इस बात की चिंता → concern of this matter), not करना's past.
const AFTER_COMPOUND_VERB = new Set(
  [
    "है",
    "हैं",
    "था",
    "थी",
    "थे",
    "थीं",
    "गया",
    "गई",
    "गए",
    "गयी",
    "जा",
    "जाती",
    "जाता",
    "जाते",
    "जाएगा",
    "जाएगी",
    "जाएंगे",
    "जाए",
    "जाने",
    "सकता",
    "सकती",
    "सकते",
    "सके",
    "रहा",
    "रही",
    "रहे",
    "चुका",
    "चुकी",
    "चुके",
    "हो",
    "और",
    "कि",
    "लेकिन",
    "तो",
    "तथा",
    "एवं",
    "जो",
    "व",
    "या",
    "हुए",
    "हुई",
    "हुआ",
  ].map((word) => hindiKey(word)),
);

function genitiveNotVerb(unit: Unit, keys: string[], position: number, span: number): boolean {
  if (span < 2 || unit.kind !== "verb" || !GENITIVES.has(keys[position + span - 1] ?? ""))
    return false;
  const next = keys[position + span];
  return next !== undefined && !AFTER_COMPOUND_VERB.has(next);
}

// Genitive pronouns whose ending (के, की) a following postposition needs: जिसके बाद is के बाद
// with जिस as its object. उसके is left out: "after him" or "after that" cannot be told apart.
const GENITIVE_PRONOUN_OBJECTS = new Map(
  [
    ["जिसके", "के", "which"],
    ["जिसकी", "की", "which"],
    ["जिनके", "के", "which"],
    ["जिनकी", "की", "which"],
    ["इसके", "के", "this"],
    ["इसकी", "की", "this"],
    ["इनके", "के", "these"],
    ["इनकी", "की", "these"],
    ["उनके", "के", "them"],
    ["उनकी", "की", "them"],
  ].map(([word, ending, object]) => [
    hindiKey(word ?? ""),
    { ending: hindiKey(ending ?? ""), object: object ?? "" },
  ]),
);

// The word after के or की in the tables' postpositions (बाद in के बाद, वजह in की वजह से).
const GENITIVE_POSTPOSITION_SECOND_WORDS = new Set(
  Object.keys(HINDI_FUNCTION_WORDS)
    .map((phrase) => phrase.split(" "))
    .filter(([first, second]) => (first === "के" || first === "की") && second !== undefined)
    .map(([, second]) => hindiKey(second ?? "")),
);

/** The postposition (of up to three more words) that a genitive pronoun's ending begins. */
function pronounPostposition(
  keys: readonly string[],
  position: number,
  ending: string,
): { text: string; span: number } | undefined {
  // Most genitive pronouns stand before a noun (उनके घर): one set lookup rules them out.
  if (!GENITIVE_POSTPOSITION_SECOND_WORDS.has(keys[position + 1] ?? "")) return undefined;
  let phrase = ending;
  for (let span = 1; span <= 3 && position + span < keys.length; span += 1) {
    // Keys join a phrase's words with nothing between them (hindiKey).
    phrase = `${phrase}${keys[position + span] ?? ""}`;
    // The longest postposition wins (की वजह से over a shorter one), so look one word further.
    const longer = `${phrase}${keys[position + span + 1] ?? ""}`;
    if (
      span < 3 &&
      position + span + 1 < keys.length &&
      FUNCTION_WORDS.has(longer) &&
      functionWordKind(longer) === "postposition"
    )
      continue;
    if (FUNCTION_WORDS.has(phrase) && functionWordKind(phrase) === "postposition")
      return { text: FUNCTION_WORDS.get(phrase) ?? "", span };
  }
  return undefined;
}

// The passive's plural forms (मारे गए → were killed).
const PLURAL_PASSIVES = new Set(["गए", "गईं"].map((word) => hindiKey(word)));
const VAH = hindiKey("वह");
// Verb forms that agree with a feminine subject: the auxiliaries and the future's -गी. वह says
// nothing of its referent's sex, but its verb does (वह जा रही थी → she was going).
const FEMININE_VERB_FORMS = new Set(
  ["थी", "थीं", "रही", "गई", "गयी", "सकती", "चुकी", "होगी", "लगी", "करती"].map((word) =>
    hindiKey(word),
  ),
);
// The future's ending with its vowel sign (आएगी), so nouns in -गी (ज़िंदगी) do not count.
const FEMININE_FUTURE = /(\u0947|\u090F)\u0917\u0940$/;

/** Whether the clause after a subject वह has a verb form of the feminine. */
function feminineVerbFollows(keys: readonly string[], from: number): boolean {
  for (let index = from; index < keys.length && index < from + 12; index += 1) {
    const key = keys[index] ?? "";
    if (CLAUSE_WORDS.has(key)) return false;
    if (FEMININE_VERB_FORMS.has(key) || FEMININE_FUTURE.test(key)) return true;
  }
  return false;
}

function glossHindiRun(words: string[], lexicon: GlossLexicon, output: string[]): void {
  const units: Unit[] = [];
  const entries = words.map(wordEntry);
  const keys = entries.map((entry) => entry.key);
  // The memo's nodes for the spans starting at the current word, refilled at each word.
  const spanPath: SpanMemoNode[] = [];
  let position = 0;
  // Where the run's words end; a rule may take the last ones into an earlier unit.
  let end = words.length;
  // The नहीं a "no" already carries (कोई … नहीं), which English does not repeat.
  let carriedNegation = -1;
  // The position of the last word rendered as unknown (a name's first part, often).
  let unknownAt = -1;
  const isUnknown = (key: string) => isUnknownWord(key, lexicon);
  // Where the current clause starts, and just after its ने subject, if it has one.
  let clauseStart = 0;
  let ergativeAt = -1;
  while (position < end) {
    const previous = units.at(-1);
    const key = keys[position] ?? "";
    if (position === carriedNegation) {
      position += 1;
      continue;
    }
    // After a ने subject the verb is perfective: भारत ने 250 रन बनाए → made, टीम ने 3 पदक जीते
    // → won. The analyser's table reads those forms as present (बनाए) or as another verb's
    // imperfect (जीते as जीना, live), so the stem's own verb is taken, in the past.
    const perfective = ergativeAt > clauseStart ? perfectiveAfterErgative(key, lexicon) : undefined;
    if (perfective !== undefined) {
      units.push(perfective);
      position += 1;
      continue;
    }
    if (CLAUSE_WORDS.has(key)) clauseStart = position;
    if (key === NE || ERGATIVE_PRONOUNS.has(key)) ergativeAt = position + 1;
    // पहले and दूसरे before a singular noun with a postposition are ordinals (पहले चरण में → in
    // the first phase, दूसरे टेस्ट में → in the second test), not "before" and "other".
    const ordinal = ORDINAL_BEFORE_NOUN.get(key);
    if (
      ordinal !== undefined &&
      ORDINAL_POSTPOSITIONS.has(keys[position + 2] ?? "") &&
      !isGrammarWord(keys[position + 1] ?? "") &&
      // A plural noun makes दूसरे "other" (दूसरे देशों के नेता → leaders of other countries).
      !(keys[position + 1] ?? "").endsWith("\u094B\u0902") &&
      lookupHindi(keys[position + 1] ?? "", lexicon)?.kind === "content"
    ) {
      units.push({ kind: "content", text: ordinal });
      position += 1;
      continue;
    }
    const fraction = readFraction(words, keys, position);
    if (fraction !== undefined) {
      units.push({ kind: "content", text: fraction.text });
      position += fraction.used;
      continue;
    }
    let name = personNameAt(keys, position, isUnknown);
    if (name !== undefined) {
      // A whole name is one unit, so word order never splits it (मनमोहन सिंह, शक्तिकांत दास):
      // an unknown word just before it joins it, and so do the names and unknown words after.
      if (previous !== undefined && unknownAt === position - 1) {
        name = `${previous.text} ${name}`;
        units.pop();
      }
      position += 1;
      while (position < end) {
        const next = keys[position] ?? "";
        const more =
          personNameAt(keys, position, isUnknown) ??
          // An acronym after a name is the body they lead (शक्तिकांत दास आरबीआई …), not a name.
          (isUnknown(next) &&
          !/^[0-9]/.test(next) &&
          readAcronym(words[position] ?? "") === undefined
            ? renderUnknown(words[position] ?? "", lexicon, true)
            : undefined);
        if (more === undefined) break;
        name = `${name} ${more}`;
        position += 1;
      }
      units.push({ kind: "content", text: name });
      continue;
    }
    // A verb's stem before a completion verb is its past (जमानत दे दी → granted bail, गोली मार
    // दी → shot, रद्द कर दिया गया → was cancelled): दी and दिया add only that it is done.
    if (
      previous?.kind === "verb" &&
      previous.base !== undefined &&
      previous.base !== "" &&
      (previous.tense === "prs" || previous.tense === "stem") &&
      VECTOR_VERBS.has(key)
    ) {
      units[units.length - 1] = {
        text: pastTense(previous.base),
        kind: "verb",
        base: previous.base,
        tense: "perf",
      };
      position += 1;
      continue;
    }
    if (previous?.kind === "verb" && previous.tense === "perf" && PASSIVE_AUXILIARIES.has(key)) {
      units.push({ text: "be", kind: "passive-auxiliary", tense: PASSIVE_AUXILIARIES.get(key) });
      position += 1;
      continue;
    }
    // देते हुए → giving, बढ़े हुए → increased: a participle, not "being".
    if (
      previous?.kind === "verb" &&
      previous.base !== undefined &&
      previous.base !== "" &&
      (previous.tense === "impf" || previous.tense === "perf") &&
      PARTICIPLE_MARKERS.has(key)
    ) {
      units[units.length - 1] =
        previous.tense === "impf"
          ? { text: presentParticiple(previous.base), kind: "participle" }
          : { text: pastParticiple(previous.base), kind: "placed" };
      position += 1;
      continue;
    }
    // A compound verb's infinitive (चयन करने) read by what follows, as for a single word.
    if (previous?.kind === "verb" && previous.tense === "inf" && previous.base) {
      const replaced: Unit[] = [];
      const used = infinitiveUse(previous.base, keys, position, replaced);
      if (used >= 0 && replaced[0] !== undefined) {
        units[units.length - 1] = replaced[0];
        position += used;
        if (used > 0) continue;
      }
    }
    // A stem with रहा but no auxiliary after it: before a noun a participle (चल रही बहस → the
    // walking debate), at the end of a clause the progressive with its auxiliary left out (लग
    // रहा कि → is seeming that). With an auxiliary the two-word progressive takes it instead.
    if (
      previous?.kind === "verb" &&
      previous.tense === "stem" &&
      previous.base !== undefined &&
      previous.base !== "" &&
      BARE_PROGRESSIVE.has(key) &&
      !AFTER_BARE_PROGRESSIVE.has(keys[position + 1] ?? "")
    ) {
      const participle = presentParticiple(previous.base);
      const clauseEnds = position + 1 >= end || CLAUSE_WORDS.has(keys[position + 1] ?? "");
      units[units.length - 1] = clauseEnds
        ? { text: `${key === RAHE ? "are" : "is"} ${participle}`, kind: "verb-group" }
        : { text: participle, kind: "content" };
      position += 1;
      continue;
    }
    // हुई, हुआ, हुए between a place or time and a noun (सिंगापुर में हुई बैठक) only say the noun
    // took place there: English puts nothing ("the meeting in Singapore"), not "happened".
    if (
      HAPPENED.has(key) &&
      previous !== undefined &&
      previous.kind !== "verb" &&
      position + 1 < end &&
      !AFTER_COMPOUND_VERB.has(keys[position + 1] ?? "") &&
      !CLAUSE_WORDS.has(keys[position + 1] ?? "")
    ) {
      position += 1;
      continue;
    }
    // उनके पास पैसा है → they have money: the owner of a पास clause is the subject of "have".
    const owner = POSSESSIVE_OWNERS.get(key);
    if (
      owner !== undefined &&
      keys[position + 1] === PAAS &&
      (units.length === 0 ||
        units.at(-1)?.kind === "clause" ||
        (units.at(-1)?.text.endsWith(" that") ?? false))
    ) {
      const have = haveClause(owner, keys, position);
      if (have !== undefined) {
        units.push({ text: owner, kind: "placed" }, { text: have.verb, kind: "placed" });
        keys.length = have.end;
        end = have.end;
        position += 2;
        continue;
      }
    }
    // मिलना: "X से मिला" is met X; otherwise the thing found or given is what the dative
    // (उन्हें, पुलिस को) received (उन्हें पुरस्कार मिला → they received prize).
    const milna = MILNA_FORMS.get(key);
    if (milna !== undefined) {
      const meet = keys[position - 1] === SE;
      const base = meet ? "meet" : "receive";
      // "met" takes its object directly: राम से मिला → met Ram.
      if (meet && units.at(-1)?.kind === "postposition") units.pop();
      units.push({
        text: milna === "perf" ? pastTense(base) : `will ${base}`,
        kind: "verb",
        base,
        tense: milna,
        ...(meet ? {} : { receives: true, plural: PLURAL_MILNA.has(key) }),
      });
      position += 1;
      continue;
    }
    if (key === SE) {
      const sense = seSense(words, keys, position);
      if (sense !== undefined) {
        units.push({ text: sense, kind: "postposition" });
        position += 1;
        continue;
      }
    }
    // A pronoun's genitive before the rest of a postposition (जिसके बाद, इसकी वजह से): the
    // pronoun is the postposition's object, after it (after which, because of this).
    const pronounObject = GENITIVE_PRONOUN_OBJECTS.get(key);
    if (pronounObject !== undefined) {
      const postposition = pronounPostposition(keys, position, pronounObject.ending);
      if (postposition !== undefined) {
        units.push({ text: `${postposition.text} ${pronounObject.object}`, kind: "placed" });
        position += 1 + postposition.span;
        continue;
      }
    }
    // से … तक is a range (सोमवार से शुक्रवार तक → from Monday to Friday): तक is "to", not "until".
    if (key === TAK && position >= 2) {
      const from = keys.lastIndexOf(SE, position - 2);
      if (from >= 0 && position - from <= 4 && !CLAUSE_WORDS.has(keys[from + 1] ?? "")) {
        units.push({ text: "to", kind: "postposition" });
        position += 1;
        continue;
      }
    }
    // A part of the day before a clock time is a.m. or p.m., as English news writes times:
    // सुबह 7 बजे → 7 a.m., दोपहर 1:15 बजे → 1:15 p.m.
    const dayPart = DAY_PARTS.get(key);
    if (
      dayPart !== undefined &&
      keys[position + 2] === BAJE &&
      CLOCK_TIME.test(words[position + 1] ?? "")
    ) {
      units.push({ text: `${words[position + 1] ?? ""} ${dayPart}`, kind: "content" });
      position += 3;
      continue;
    }
    // कोई with a नहीं after it in its clause is "no" (कोई सूचना नहीं मिली → no information was
    // received), the English negative determiner.
    if (key === KOI) {
      const negation = keys.indexOf(NAHIN, position + 1);
      if (negation > position && negation - position <= 5) {
        // कोई नहीं alone is "no one".
        units.push({ text: negation === position + 1 ? "no one" : "no", kind: "content" });
        carriedNegation = negation;
        position += 1;
        continue;
      }
    }
    // पूर्व before a noun is "former" (पूर्व राष्ट्रपति → former president); before a
    // postposition it stays the direction (पूर्व में → in the east).
    if (
      key === PURVA &&
      position + 1 < keys.length &&
      !isGrammarWord(keys[position + 1] ?? "") &&
      !GENITIVES.has(keys[position + 1] ?? "")
    ) {
      // With its article, as English writes a former office-holder (पूर्व राष्ट्रपति ने कहा → the
      // former president said), unless a name follows the office (former President Obama) or a
      // possessive stands before it (their former coach).
      const afterNoun = keys[position + 2];
      const article =
        !POSSESSIVE_DETERMINERS.has(previous?.text ?? "") &&
        (afterNoun === undefined || isGrammarWord(afterNoun))
          ? "the "
          : "";
      units.push({ text: `${article}former`, kind: "content" });
      position += 1;
      continue;
    }
    // A date: the day before its month (6 नवंबर, 20 मार्च 2019) is written month first, as
    // English news writes dates (November 6, March 20, 2019). Digits first: one character test
    // rules out nearly every word.
    const code = (words[position] ?? "").charCodeAt(0);
    if (code >= 48 && code <= 57 && DAY_OF_MONTH.test(words[position] ?? "")) {
      const month = FUNCTION_WORDS.get(keys[position + 1] ?? "");
      if (month !== undefined && MONTHS.has(month)) {
        const year = words[position + 2] ?? "";
        const withYear = position + 2 < end && YEAR_NUMBER.test(year);
        units.push({
          text: withYear
            ? `${month} ${words[position] ?? ""}, ${year}`
            : `${month} ${words[position] ?? ""}`,
          kind: "content",
        });
        position += withYear ? 3 : 2;
        continue;
      }
    }
    // ले जाया (ले जाना's perfective, which the dictionary lacks) is "take" in a passive: ले जाया
    // गया → was taken, ले जाया जा सकता है → can be taken (was "take Jaya was").
    if (key === LE && JAYA.has(keys[position + 1] ?? "")) {
      units.push({ text: "took", kind: "verb", base: "take", tense: "perf" });
      position += 2;
      continue;
    }
    // सबसे before an adjective makes its superlative (सबसे बड़े → the biggest, सबसे अधिक → the
    // most, सबसे महत्वपूर्ण → the most important), one unit, so no postposition or genitive
    // lands between "most" and its adjective.
    if (key === SABSE && position + 1 < end) {
      const next = keys[position + 1] ?? "";
      const adjective = next === FIRST_AFTER_SABSE ? undefined : glossSpan([next], lexicon);
      if (
        next === FIRST_AFTER_SABSE ||
        (adjective?.kind === "content" &&
          /^[a-z]+$/.test(adjective.text) &&
          !NOT_ADJECTIVES.test(adjective.text))
      ) {
        // After a possessive (अपनी सबसे हालिया रिपोर्ट → their most recent report) no "the".
        const article = POSSESSIVE_DETERMINERS.has(previous?.text ?? "") ? "" : "the ";
        units.push({
          text: adjective === undefined ? "first" : `${article}${superlative(adjective.text)}`,
          kind: "content",
        });
        position += 2;
        continue;
      }
    }
    // तक before पहुँचना (or the noun पहुँच) is the goal reached, not a time: 80 डिग्री तक पहुंच
    // सकता है → can reach to 80 degrees, लोगों तक (नहीं) पहुंचे → (not) reached to the people.
    if (
      key === TAK &&
      keys[position + (keys[position + 1] === NAHIN ? 2 : 1)]?.startsWith(PAHUNCH)
    ) {
      units.push({ text: "to", kind: "postposition" });
      position += 1;
      continue;
    }
    // बजे after a clock time (9:30 बजे) adds nothing English writes; after an hour it is o'clock.
    if (key === BAJE && /^[0-9]{1,2}[:.][0-9]{2}$/.test(words[position - 1] ?? "")) {
      position += 1;
      continue;
    }
    const manner = mannerAdverb(keys, position, lexicon);
    if (manner !== undefined) {
      units.push({ text: manner, kind: "content" });
      position += 3;
      continue;
    }
    const used = verbForm(keys, position, lexicon, units);
    if (used > 0) {
      position += used;
      continue;
    }
    // अरब and खरब after a number are amounts (5 अरब = 5 billion), otherwise अरब is Arab.
    // (The table first: it rules out nearly every word without running the pattern.)
    if (
      Object.hasOwn(LARGE_AMOUNTS, keys[position] ?? "") &&
      /^[0-9][0-9.,]*$/.test(words[position - 1] ?? "")
    ) {
      units.push({ text: LARGE_AMOUNTS[keys[position] ?? ""] ?? "", kind: "content" });
      position += 1;
      continue;
    }
    // Before a progressive, modal or future auxiliary Hindi uses the bare verb stem: खेल रहा है
    // is "is playing", not "game is", so the stem is read as a verb first.
    // Every two-word auxiliary (रहा है) starts with one that is listed alone (रहा), so the next
    // word decides; no string is built per word.
    const nextWord = keys[position + 1] ?? "";
    if (STEM_AUXILIARIES.has(nextWord)) {
      // होना has no single English verb; before रहा/रहे it means "happen" (बारिश हो रही है).
      // Before a modal it is "be": हो सकता है → can be.
      const beforeModal = /^(सकत|सके)/.test(keys[position + 1] ?? "");
      const verb =
        keys[position] === wordKey("हो")
          ? ({
              text: beforeModal ? "be" : "happen",
              kind: "verb",
              base: beforeModal ? "be" : "happen",
            } satisfies Unit)
          : lookupHindi(wordKey(`${words[position] ?? ""}ना`), lexicon);
      if (verb?.kind === "verb") {
        units.push({ ...verb, tense: "stem" });
        position += 1;
        continue;
      }
    }
    let matched = false;
    const longest = walkSpanMemo(
      keys,
      lexicon,
      position,
      Math.min(MAX_HINDI_SPAN, end - position),
      spanPath,
      true,
      entries[position],
    );
    for (let span = longest; span >= 1; span -= 1) {
      const node = spanPath[span - 1];
      const unit = node === undefined ? undefined : spanUnit(node, keys, lexicon, position, span);
      if (unit !== undefined && !genitiveNotVerb(unit, keys, position, span)) {
        const counted =
          span === 1 &&
          unit.kind === "content" &&
          COUNTED_NOUNS.has(keys[position] ?? "") &&
          !unit.text.endsWith("s") &&
          countsSeveral(words[position - 1] ?? "", keys[position - 1] ?? "");
        if (
          unit.kind === "pronoun" &&
          span === 1 &&
          keys[position] === VAH &&
          feminineVerbFollows(keys, position + 1)
        )
          units.push({ ...unit, text: "she" });
        else if (unit.kind === "passive" && PLURAL_PASSIVES.has(keys[position] ?? ""))
          units.push({ ...unit, tense: "plural" });
        else units.push(counted ? { ...unit, text: plural(unit.text) } : unit);
        if (span === 1 && ERGATIVE_PRONOUNS.has(keys[position] ?? "")) {
          units.push({ text: "", kind: "ergative" });
        }
        position += span;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const word = words[position] ?? "";
    // Unknown words in news are mostly names, acronyms and English loanwords; beside a name
    // (नरेंद्र मोदी, शरद पवार) one is a name too, whatever English word it sounds like.
    units.push({ kind: "content", text: renderUnknown(word, lexicon, besideName(keys, position)) });
    unknownAt = position;
    position += 1;
  }
  output.push(...arrangeUnits(units));
}

/** A number written as an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd. */
export function englishOrdinal(number: string): string {
  const digits = number.replace(/[^0-9]/g, "");
  const lastTwo = Number(digits.slice(-2));
  if (lastTwo >= 11 && lastTwo <= 13) return `${number}th`;
  const suffix = { "1": "st", "2": "nd", "3": "rd" }[digits.slice(-1)] ?? "th";
  return `${number}${suffix}`;
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
      letterName(token.text) !== undefined
    ) {
      // An initial: "एम. बी. पाटिल" is M. B. Patil.
      pieces.push({ text: letterName(token.text) ?? token.text, spaceBefore });
      index += 1;
      continue;
    }
    // An ordinal written as a number with a suffix ("21वीं", "5वें", "1ला", "2रा", "4था") is
    // "21st", "5th", "1st", "2nd", "4th".
    if (
      token.kind === "devanagari" &&
      tokens[index - 1]?.kind === "number" &&
      /^(वीं|वां|वें|वी|वा|ला|ली|ले|रा|री|रे|था|थी|थे|ठा|ठी|ठे)$/.test(token.text)
    ) {
      const last = pieces.at(-1);
      if (last) last.text = englishOrdinal(last.text);
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
        letterName(tokens[position]?.text ?? "") !== undefined;
      while (
        tokens[next]?.kind === "space" &&
        (tokens[next + 1]?.kind === "devanagari" ||
          // A number with a suffix attached ("20वीं") ends the run: the suffix belongs to it.
          (tokens[next + 1]?.kind === "number" && tokens[next + 2]?.kind !== "devanagari")) &&
        !isInitial(next + 1) &&
        // Reordering works within a clause; a cap keeps a run without punctuation linear.
        run.length < MAX_RUN_WORDS
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
        text:
          token.text === "।" || token.text === "॥" || token.text === "|"
            ? "."
            : (ENGLISH_QUOTES.get(token.text) ?? token.text),
        spaceBefore,
      });
    } else if (token.kind !== "space")
      pieces.push({ text: token.text, spaceBefore, verbatim: true });
    index += 1;
  }
  // "a" becomes "an" before a vowel sound, once the words around it are in their final order.
  for (let position = 0; position < pieces.length; position += 1) {
    const piece = pieces[position];
    if (piece === undefined || (piece.text !== "a" && piece.text !== "an")) continue;
    const next = pieces.slice(position + 1).find((candidate) => candidate.text !== "");
    if (next !== undefined)
      piece.text = indefiniteArticle(piece.text, next.text.split(" ")[0] ?? "");
  }
  // A quotation opening the sentence or following a comma or colon (he said, "this …") starts
  // with a capital, as a sentence does.
  let previous = "";
  for (let position = 0; position < pieces.length; position += 1) {
    const piece = pieces[position];
    if (piece === undefined || piece.text === "") continue;
    if (
      (piece.text === '"' || piece.text === "'") &&
      (previous === "" || previous === "," || previous === ":")
    ) {
      const next = pieces[position + 1];
      if (next !== undefined && !next.spaceBefore && !next.verbatim)
        next.text = capitalize(next.text);
    }
    previous = piece.text;
  }
  // A sentence starts with a capital, unless it starts with text copied as it was (iPhone, @handle).
  const joined = joinPieces(pieces);
  return pieces.find((piece) => piece.text !== "")?.verbatim ? joined : capitalize(joined);
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
