/**
 * English→Hindi rendering of one sentence: tag each word (a small rule-based tagger: closed
 * classes from the team's tables, open classes from the sense table and the word's context),
 * split the sentence into clauses, and write each clause in Hindi order: subject (with ने
 * where Hindi needs it), objects and noun phrases with their postpositions after them, the
 * verb last, inflected for tense, aspect, voice and, where the subject shows them, gender and
 * number. A rough draft, not a translation.
 */
import { englishBaseForms, irregularVerbBase, isPluralForm } from "./english-morphology";
import {
  ADVERBS,
  CALENDAR_NAMES,
  CLAUSE_OPENERS,
  DETERMINERS,
  ENGLISH_INSTITUTIONS,
  ENGLISH_PLACE_NAMES,
  NUMBER_WORDS,
  PERSONAL_PRONOUNS,
  POSSESSIVES,
  POSTPOSITIONS,
  type Pronoun,
} from "./english-hindi-tables";
import type { SenseGroups, SensePart } from "./english-senses";
import { transliterateEnglish } from "./english-transliteration";
import { GAZETTEER } from "./gazetteer";
import {
  agreeEnding,
  copula,
  future,
  genitive,
  imperfective,
  inflectAdjective,
  inflectNoun,
  infinitive,
  perfective,
  type Agreement,
  type Gender,
} from "./hindi-inflection";
import type { GlossLexicon } from "./lexicon-types";
import { joinPieces, type Piece } from "./tokenize";

type Tag =
  | "det"
  | "poss"
  | "pron"
  | "prep"
  | "inf"
  | "be"
  | "have"
  | "do"
  | "modal"
  | "neg"
  | "opener"
  | "gen"
  | "num"
  | "name"
  | "raw"
  | "noun"
  | "verb"
  | "adj"
  | "adv";

type VerbForm = "base" | "s" | "past" | "part" | "ing";

interface Word {
  text: string;
  lower: string;
  tag: Tag;
  hindi: string;
  gender: Gender;
  plural: boolean;
  /** Verb stem and form; transitive when the verb takes ने in the perfective. */
  verbForm?: VerbForm;
  transitive?: boolean;
  pronoun?: Pronoun;
  /** For be/have/do/modal: the tense the auxiliary carries. */
  tense?: "present" | "past" | "future";
}

const ENGLISH_GAZETTEER = new Map(
  Object.entries(GAZETTEER).map(([hindi, english]) => [english, hindi] as const),
);

const BE_FORMS = new Map<string, "present" | "past" | undefined>([
  ["am", "present"],
  ["is", "present"],
  ["are", "present"],
  ["'s", "present"],
  ["'re", "present"],
  ["'m", "present"],
  ["was", "past"],
  ["were", "past"],
  ["be", undefined],
  ["been", undefined],
  ["being", undefined],
]);
const HAVE_FORMS = new Map<string, "present" | "past" | undefined>([
  ["have", "present"],
  ["has", "present"],
  ["'ve", "present"],
  ["had", "past"],
  ["'d", "past"],
  ["having", undefined],
]);
const DO_FORMS = new Map<string, "present" | "past">([
  ["do", "present"],
  ["does", "present"],
  ["did", "past"],
]);
const MODALS = new Set([
  "will",
  "would",
  "shall",
  "should",
  "can",
  "could",
  "may",
  "might",
  "must",
  "'ll",
]);
// Participles that describe a state after "be" ("is interested in"), not a passive.
const STATIVE = new Set(
  "interested based located situated injured married concerned involved closed known worried pleased surprised tired excited scared confused disappointed impressed shocked satisfied dedicated determined prepared related".split(
    " ",
  ),
);
const QUANTITY_NOUNS = new Map([
  ["millions", "लाखों"],
  ["thousands", "हजारों"],
  ["hundreds", "सैकड़ों"],
  ["dozens", "दर्जनों"],
  ["billions", "अरबों"],
  ["lots", "बहुत सारे"],
  ["lot", "बहुत"],
  ["number", "कई"],
  ["couple", "कुछ"],
  ["majority", "अधिकांश"],
  ["most", "अधिकांश"],
  ["some", "कुछ"],
  ["many", "कई"],
  ["all", "सभी"],
  ["one", "एक"],
  ["none", "कोई नहीं"],
  ["each", "प्रत्येक"],
  ["both", "दोनों"],
]);
const REPORTING_VERBS = new Set(["कह", "बता", "घोषणा कर", "सोच", "मान", "विश्वास कर"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i"]);
const MULTIWORD_STARTS = new Set(
  [...POSTPOSITIONS.keys()].filter((key) => key.includes(" ")).map((key) => key.split(" ")[0]),
);
const TIME_WORDS = new Set([
  "end",
  "time",
  "year",
  "month",
  "week",
  "day",
  "date",
  "deadline",
  "evening",
  "morning",
  "night",
  "noon",
  "midnight",
  "then",
  "now",
  "tomorrow",
]);
const MOTION_VERBS = new Set(["जा", "आ", "पहुंच", "लौट", "यात्रा कर"]);

// The e-mail part's runs are bounded (64 and 63 characters, as addresses are) so that a long run
// of letters with no @ after it is not tried again from each of its positions. Names made of
// letters and digits (G20, COVID-19, A320) pass through whole, as Hindi papers print them.
const LINKS_AND_HANDLES_SOURCE = String.raw`https?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]]|www\.[^\s<>"]+[^\s<>".,;:!?)\]]|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+|[@#][\p{L}\p{N}_]+`;
const PROTECTED = new RegExp(
  String.raw`${LINKS_AND_HANDLES_SOURCE}|\b\p{Lu}\p{L}{0,7}-?\p{N}+\b|\p{N}+(?:[.,:/]\p{N}+)*(?:%|[\p{L}°]+)?`,
  "gu",
);
// Dotted abbreviations ("U.S.", "U.N.") are one word.
const WORD = /(?:\p{Lu}\.){2,}|[\p{Script=Latin}]+(?:['’][\p{Script=Latin}]+)*/gu;

interface Token {
  kind: "word" | "raw" | "punct" | "space";
  text: string;
}

/** Splits a sentence into words, protected spans (URLs, e-mails, handles, numbers), spaces and the rest. */
function tokenizeEnglish(sentence: string): Token[] {
  const tokens: Token[] = [];
  const pushText = (text: string) => {
    let last = 0;
    for (const match of text.matchAll(WORD)) {
      pushOther(text.slice(last, match.index));
      const word = match[0].replace(/’/g, "'");
      // Contractions: don't → do n't, it's → it 's, India's → India 's.
      const contraction = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/i.exec(word);
      if (contraction && contraction[1] !== undefined && contraction[2] !== undefined) {
        const stem =
          contraction[1].toLowerCase() === "ca"
            ? "can"
            : contraction[1].toLowerCase() === "wo"
              ? "will"
              : contraction[1];
        tokens.push(
          { kind: "word", text: stem },
          { kind: "word", text: contraction[2].toLowerCase() },
        );
      } else tokens.push({ kind: "word", text: word });
      last = (match.index ?? 0) + match[0].length;
    }
    pushOther(text.slice(last));
  };
  const pushOther = (text: string) => {
    for (const match of text.matchAll(/\s+|[^\s]/gu)) {
      tokens.push({ kind: /^\s+$/.test(match[0]) ? "space" : "punct", text: match[0] });
    }
  };
  let last = 0;
  for (const match of sentence.matchAll(PROTECTED)) {
    pushText(sentence.slice(last, match.index));
    tokens.push({ kind: "raw", text: match[0] });
    last = (match.index ?? 0) + match[0].length;
  }
  pushText(sentence.slice(last));
  // Merge punctuation that belongs together ("...", "--") and nothing else.
  return tokens;
}

function senses(lexicon: GlossLexicon, english: string): SenseGroups | undefined {
  const fromTable = lexicon.englishSenses?.lookup(english);
  if (fromTable !== undefined) return fromTable;
  const fallback = Object.hasOwn(lexicon.englishToHindi, english)
    ? lexicon.englishToHindi[english]?.[0]
    : undefined;
  if (fallback === undefined) return undefined;
  return fallback.endsWith("ना") && fallback.includes(" ")
    ? { v: [{ hindi: fallback.slice(0, -2), feature: "" }] }
    : { n: [{ hindi: fallback, feature: "" }] };
}

function formOf(word: string, base: string): VerbForm {
  if (word === base) return "base";
  if (word.endsWith("ing")) return "ing";
  if (word.endsWith("s")) return "s";
  if (word.endsWith("en") || word.endsWith("wn")) return "part";
  return "past";
}

interface Found {
  /** Whether the word is listed under its own spelling. */
  own: boolean;
  groups: SenseGroups;
  /** The inflection the verb sense was found under (routes → s, built → past). */
  form: VerbForm;
  /** Whether the noun sense was found under a plural ending. */
  plural: boolean;
}

/**
 * Looks a word up under its own spelling and its base forms. Each part of speech comes from the
 * first form that has it: "said" is an adjective as written but the verb "say" as a past form.
 */
function findWord(lexicon: GlossLexicon, lower: string): Found | undefined {
  let cache = foundWords.get(lexicon);
  if (cache === undefined) {
    cache = new Map();
    foundWords.set(lexicon, cache);
  }
  const cached = cache.get(lower);
  if (cached !== undefined) return cached ?? undefined;
  const found = findWordUncached(lexicon, lower);
  if (cache.size > 100_000) cache.clear();
  cache.set(lower, found ?? null);
  return found;
}

// News repeats its words, and the tagger looks at each word and its neighbour: lookups are kept.
const foundWords = new WeakMap<GlossLexicon, Map<string, Found | null>>();

/**
 * A comparative or superlative the dictionary lacks (higher, biggest, easier) as its adjective
 * with अधिक or सबसे before it, as Hindi says "more high" and "most big".
 */
function degreeOf(lexicon: GlossLexicon, lower: string): Found | undefined {
  const degree = /^(.+?)(est|er)$/.exec(lower);
  if (degree === null || (degree[1] ?? "").length < 2) return undefined;
  const stem = degree[1] ?? "";
  const bases = [stem, `${stem}e`, stem.replace(/i$/, "y"), stem.replace(/(.)\1$/, "$1")];
  for (const base of bases) {
    const adjective = senses(lexicon, base)?.adj?.[0];
    if (adjective === undefined) continue;
    const hindi = `${degree[2] === "est" ? "सबसे" : "अधिक"} ${adjective.hindi}`;
    return {
      own: false,
      groups: { adj: [{ hindi, feature: adjective.feature }] },
      form: "base",
      plural: false,
    };
  }
  return undefined;
}

function findWordUncached(lexicon: GlossLexicon, lower: string): Found | undefined {
  // Only for words the dictionary lacks: "number" is a noun, not "more numb".
  return findWordByForms(lexicon, lower) ?? degreeOf(lexicon, lower);
}

function findWordByForms(lexicon: GlossLexicon, lower: string): Found | undefined {
  let found: Found | undefined;
  // An irregular past ("found", "won", "left") is read as its verb, not as a homograph.
  const skipOwn = irregularVerbBase(lower) !== undefined;
  for (const form of englishBaseForms(lower)) {
    if (skipOwn && form === lower) continue;
    const groups = senses(lexicon, form);
    if (groups === undefined) continue;
    const verbForm = formOf(lower, form);
    if (found === undefined) {
      found = {
        own: form === lower || skipOwn,
        groups: { ...groups },
        form: groups.v === undefined ? "base" : verbForm,
        plural: isPluralForm(lower, form),
      };
      continue;
    }
    // Under its own spelling a word keeps its own senses; a base form adds only the verb of an
    // inflected verb and the noun of a plural ("early" is not "ear" + ly).
    const parts = found.own
      ? verbForm === "base"
        ? []
        : isPluralForm(lower, form)
          ? (["v", "n"] as const)
          : (["v"] as const)
      : (["n", "np", "v", "adj", "adv"] as const);
    for (const part of parts) {
      if (found.groups[part] !== undefined || groups[part] === undefined) continue;
      found.groups[part] = groups[part];
      if (part === "v") found.form = verbForm;
      if (part === "n") found.plural = isPluralForm(lower, form);
    }
  }
  return found;
}

const CLOSED_CLASS = (lower: string) =>
  POSTPOSITIONS.has(lower) ||
  DETERMINERS.has(lower) ||
  PERSONAL_PRONOUNS.has(lower) ||
  POSSESSIVES.has(lower) ||
  CLAUSE_OPENERS.has(lower) ||
  BE_FORMS.has(lower) ||
  HAVE_FORMS.has(lower) ||
  DO_FORMS.has(lower) ||
  MODALS.has(lower) ||
  ADVERBS.has(lower) ||
  lower === "to" ||
  lower === "not";

function nameOf(text: string): string {
  const known =
    CALENDAR_NAMES.get(text) ?? ENGLISH_PLACE_NAMES.get(text) ?? ENGLISH_GAZETTEER.get(text);
  if (known !== undefined) return known;
  // Acronyms and mixed-case brand names stay as written, as Hindi papers print them.
  if (/^[A-Z]{2,}s?$/.test(text) || /[a-z][A-Z]/.test(text) || text.length === 1) return text;
  return transliterateEnglish(text);
}

const first = (groups: SenseGroups, part: SensePart) => groups[part]?.[0];

function word(text: string, tag: Tag, hindi = "", extra: Partial<Word> = {}): Word {
  return { text, lower: text.toLowerCase(), tag, hindi, gender: "m", plural: false, ...extra };
}

/** Tags the words of one clause-sized stretch (no punctuation inside). */
function tagWords(
  texts: string[],
  raw: boolean[],
  sentenceStart: boolean,
  lexicon: GlossLexicon,
): Word[] {
  const words: Word[] = [];
  let index = 0;
  let finiteSeen = false;
  while (index < texts.length) {
    const text = texts[index] ?? "";
    const lower = text.toLowerCase();
    const previous = words.at(-1);
    const nextLower = (texts[index + 1] ?? "").toLowerCase();
    const atStart = index === 0 && sentenceStart;
    const capitalised = /^[A-Z]/.test(text);
    if (raw[index]) {
      // A clock time with am or pm is the Hindi time of day with बजे: 10 am → सुबह 10 बजे. The
      // "at" before it goes, as Hindi puts no postposition there.
      const meridiem = /^(\d{1,2})(?::\d{2})?$/.exec(text);
      if (meridiem && (nextLower === "am" || nextLower === "pm")) {
        const hour = Number(meridiem[1]);
        const part =
          nextLower === "am"
            ? hour === 12 || hour < 4
              ? "रात"
              : "सुबह"
            : hour === 12 || hour < 4
              ? "दोपहर"
              : hour < 7
                ? "शाम"
                : "रात";
        if (previous?.tag === "prep" && previous.lower === "at") words.pop();
        words.push(word(text, "raw", `${part} ${text} बजे`));
        index += 2;
        continue;
      }
      // An ordinal ("17th", "1st") is written with the Hindi ordinal ending: 17वें.
      const ordinal = /^(\d+)(?:st|nd|rd|th)$/i.exec(text);
      if (ordinal) {
        words.push(word(text, "adj", `${ordinal[1] ?? ""}वें`));
        index += 1;
        continue;
      }
      words.push(word(text, /^\p{N}/u.test(text) ? "num" : "raw", text));
      index += 1;
      continue;
    }
    // A word in capitals (FIR, ED, US, IT) is an acronym or a name, not the dictionary's word
    // (a fir tree) or a pronoun (us, it).
    if (/^[A-Z]{2,}s?$/.test(text)) {
      words.push(word(text, "name", nameOf(text)));
      index += 1;
      continue;
    }
    // Multi-word prepositions first ("according to", "because of").
    let phrase = false;
    for (const span of MULTIWORD_STARTS.has(lower) ? [3, 2] : []) {
      const candidate = texts
        .slice(index, index + span)
        .join(" ")
        .toLowerCase();
      const postposition = POSTPOSITIONS.get(candidate);
      if (texts.length >= index + span && postposition !== undefined) {
        words.push(word(candidate, "prep", postposition));
        index += span;
        phrase = true;
        break;
      }
    }
    if (phrase) continue;
    // Offices and bodies in Title Case ("Reserve Bank of India"), longest first.
    if (capitalised) {
      let institution = false;
      for (const span of [4, 3, 2]) {
        const fixed = ENGLISH_INSTITUTIONS.get(texts.slice(index, index + span).join(" "));
        if (fixed !== undefined && index + span <= texts.length) {
          words.push(word(texts.slice(index, index + span).join(" "), "name", fixed));
          index += span;
          institution = true;
          break;
        }
      }
      if (institution) continue;
    }
    // Multi-word names with a fixed Hindi spelling ("New Delhi").
    if (capitalised) {
      const pair = texts.slice(index, index + 2).join(" ");
      const fixed = ENGLISH_GAZETTEER.get(pair) ?? ENGLISH_PLACE_NAMES.get(pair);
      if (fixed !== undefined && index + 1 < texts.length) {
        words.push(word(pair, "name", fixed));
        index += 2;
        continue;
      }
    }
    const calendar = CALENDAR_NAMES.get(text);
    if (
      calendar !== undefined &&
      (text !== "May" || !atStart || /^\d/.test(texts[index + 1] ?? ""))
    ) {
      words.push(word(text, "name", calendar));
      index += 1;
      continue;
    }
    if (lower === "n't" || lower === "not" || lower === "never") {
      words.push(word(lower, "neg", lower === "never" ? "कभी नहीं" : "नहीं"));
      index += 1;
      continue;
    }
    if (
      lower === "'s" &&
      previous !== undefined &&
      !["it", "he", "she", "that", "there", "what", "who"].includes(previous.lower)
    ) {
      words.push(word(lower, "gen"));
      index += 1;
      continue;
    }
    const be = BE_FORMS.get(lower);
    if (BE_FORMS.has(lower)) {
      words.push(word(lower, "be", "", { tense: be }));
      finiteSeen ||= be !== undefined;
      index += 1;
      continue;
    }
    if (HAVE_FORMS.has(lower)) {
      words.push(word(lower, "have", "", { tense: HAVE_FORMS.get(lower) }));
      finiteSeen ||= HAVE_FORMS.get(lower) !== undefined;
      index += 1;
      continue;
    }
    if (DO_FORMS.has(lower)) {
      words.push(word(lower, "do", "", { tense: DO_FORMS.get(lower) }));
      finiteSeen = true;
      index += 1;
      continue;
    }
    // "will" and "can" after a determiner are nouns; "this may" is still the modal.
    if (MODALS.has(lower) && !(previous?.tag === "det" && (lower === "will" || lower === "can"))) {
      words.push(word(lower, "modal"));
      finiteSeen = true;
      index += 1;
      continue;
    }
    if (lower === "to") {
      const following = nextLower === "" ? undefined : findWord(lexicon, nextLower);
      const afterNext = (texts[index + 2] ?? "").toLowerCase();
      const nounAlso =
        following?.groups.n !== undefined &&
        (afterNext === "" ||
          CLAUSE_OPENERS.has(afterNext) ||
          TIME_WORDS.has(afterNext) ||
          (DETERMINERS.has(afterNext) && afterNext !== "a" && afterNext !== "the"));
      const nextIsVerb =
        !nounAlso &&
        following?.groups.v !== undefined &&
        following.form === "base" &&
        !DETERMINERS.has(nextLower) &&
        !POSSESSIVES.has(nextLower) &&
        !PERSONAL_PRONOUNS.has(nextLower) &&
        !/^[A-Z]/.test(texts[index + 1] ?? "");
      words.push(nextIsVerb || nextLower === "be" ? word(lower, "inf") : word(lower, "prep", "को"));
      index += 1;
      continue;
    }
    if (lower === "that" || lower === "which" || lower === "who" || lower === "whom") {
      const asDeterminer =
        (lower === "that" || lower === "which") &&
        previous?.tag !== "verb" &&
        previous?.tag !== "noun" &&
        previous?.tag !== "name" &&
        previous?.tag !== "num" &&
        findWord(lexicon, nextLower)?.groups.n !== undefined &&
        !PERSONAL_PRONOUNS.has(nextLower) &&
        !DETERMINERS.has(nextLower);
      if (asDeterminer) {
        const determiner = DETERMINERS.get(lower);
        words.push(word(lower, "det", determiner?.[0] ?? ""));
      } else {
        // "that" after a noun opens a relative clause (जो), after a verb a reported one (कि).
        const relative =
          lower === "that" &&
          (previous?.tag === "noun" || previous?.tag === "name" || previous?.tag === "num");
        words.push(word(lower, "opener", relative ? "जो" : (CLAUSE_OPENERS.get(lower) ?? "")));
        finiteSeen = false;
      }
      index += 1;
      continue;
    }
    const possessive = POSSESSIVES.get(lower);
    if (possessive !== undefined) {
      const followingIsNominal =
        lower !== "her" ||
        (nextLower !== "" &&
          !POSTPOSITIONS.has(nextLower) &&
          !CLAUSE_OPENERS.has(nextLower) &&
          findWord(lexicon, nextLower)?.groups.v === undefined);
      if (followingIsNominal) {
        words.push(word(lower, "poss", possessive));
        index += 1;
        continue;
      }
    }
    const pronoun = PERSONAL_PRONOUNS.get(lower);
    if (
      pronoun !== undefined &&
      !(lower === "one" && /^\d|[a-z]/.test(nextLower) && findWord(lexicon, nextLower)?.groups.n)
    ) {
      words.push(
        word(lower, "pron", pronoun.direct, {
          pronoun,
          plural: pronoun.plural,
          gender: pronoun.feminine ? "f" : "m",
        }),
      );
      index += 1;
      continue;
    }
    const opener = CLAUSE_OPENERS.get(lower);
    if (opener !== undefined && !(lower === "so" && findWord(lexicon, nextLower)?.groups.adj)) {
      words.push(word(lower, "opener", opener));
      finiteSeen = false;
      index += 1;
      continue;
    }
    if ((lower === "year" || lower === "years") && nextLower === "old" && previous?.tag === "num") {
      // "28-year-old" → 28 वर्षीय
      words.push(word("year-old", "adj", "वर्षीय"));
      index += 2;
      continue;
    }
    const quantity = QUANTITY_NOUNS.get(lower);
    if (quantity !== undefined && nextLower === "of") {
      // "millions of people" → लाखों लोग: the quantity is a determiner, "of" goes.
      words.push(word(lower, "det", quantity, { plural: true }));
      index += 2;
      continue;
    }
    const number = NUMBER_WORDS.get(lower);
    if (number !== undefined && lower !== "first" && lower !== "second") {
      words.push(word(lower, "num", number, { plural: lower !== "one" }));
      index += 1;
      continue;
    }
    const determiner = DETERMINERS.get(lower);
    if (determiner !== undefined) {
      words.push(word(lower, "det", determiner[0]));
      index += 1;
      continue;
    }
    const postposition = POSTPOSITIONS.get(lower);
    const adverb = ADVERBS.get(lower);
    // "by" a margin is से in Hindi (won by 20 runs → 20 रन से जीता), not द्वारा.
    if (
      lower === "by" &&
      (/^\d/.test(texts[index + 1] ?? "") || NUMBER_WORDS.has(nextLower)) &&
      MARGIN_NOUNS.test((texts[index + 2] ?? "").toLowerCase())
    ) {
      words.push(word(lower, "prep", "से"));
      index += 1;
      continue;
    }
    // "on" a day or a date is को in Hindi (on Monday → सोमवार को, on 15 August → 15 अगस्त को).
    if (
      lower === "on" &&
      (CALENDAR_NAMES.has(texts[index + 1] ?? "") ||
        (/^\d{1,2}$/.test(texts[index + 1] ?? "") && CALENDAR_NAMES.has(texts[index + 2] ?? "")))
    ) {
      words.push(word(lower, "prep", "को"));
      index += 1;
      continue;
    }
    if (postposition !== undefined) {
      const beforeNumber = /^\d/.test(texts[index + 1] ?? "") || NUMBER_WORDS.has(nextLower);
      if (adverb !== undefined && (beforeNumber || nextLower === "")) {
        words.push(word(lower, "adv", adverb));
      } else words.push(word(lower, "prep", postposition));
      index += 1;
      continue;
    }
    if (adverb !== undefined && !(capitalised && !atStart)) {
      const asAdjective =
        (lower === "last" || lower === "first") && findWord(lexicon, nextLower)?.groups.n;
      words.push(
        word(
          lower,
          asAdjective ? "adj" : "adv",
          asAdjective ? (lower === "last" ? "पिछले" : "पहले") : adverb,
        ),
      );
      index += 1;
      continue;
    }
    // Open classes.
    const known =
      capitalised && !atStart && /[a-z]/.test(text) ? undefined : findWord(lexicon, lower);
    const fixedName = ENGLISH_PLACE_NAMES.has(text) || ENGLISH_GAZETTEER.has(text);
    const asName =
      (capitalised && atStart && fixedName) ||
      (capitalised &&
        !atStart &&
        (ENGLISH_PLACE_NAMES.has(text) ||
          ENGLISH_GAZETTEER.has(text) ||
          findWord(lexicon, lower) === undefined ||
          /^[A-Z]/.test(texts[index + 1] ?? "") ||
          previous?.tag === "name"));
    if (
      asName ||
      (capitalised &&
        !atStart &&
        known === undefined &&
        findWord(lexicon, lower)?.groups.np !== undefined)
    ) {
      words.push(word(text, "name", nameOf(text)));
      index += 1;
      continue;
    }
    const found = known ?? findWord(lexicon, lower);
    if (found === undefined) {
      // Unknown words are mostly names and new loanwords; Hindi papers write both in Devanagari.
      words.push(
        word(text, capitalised ? "name" : "noun", nameOf(text), {
          plural: !capitalised && /[^s]s$/.test(lower),
        }),
      );
      index += 1;
      continue;
    }
    const { groups, form } = found;
    const nextFound = nextLower === "" ? undefined : findWord(lexicon, nextLower);
    const nextIsNominal =
      nextFound !== undefined &&
      !CLOSED_CLASS(nextLower) &&
      (nextFound.groups.n !== undefined || nextFound.groups.np !== undefined);
    const nextIsAuxiliary =
      BE_FORMS.has(nextLower) ||
      HAVE_FORMS.has(nextLower) ||
      MODALS.has(nextLower) ||
      DO_FORMS.has(nextLower);
    const afterVerbSignal =
      previous !== undefined &&
      (previous.tag === "modal" ||
        previous.tag === "inf" ||
        previous.tag === "do" ||
        (previous.tag === "neg" &&
          words.at(-2)?.tag !== undefined &&
          ["modal", "do", "inf"].includes(words.at(-2)?.tag ?? "")));
    const afterNominal =
      previous === undefined || ["det", "poss", "adj", "prep", "num", "gen"].includes(previous.tag);
    let part: SensePart | undefined;
    if (lower.endsWith("ing") && previous?.tag === "prep" && groups.v) {
      // A gerund after a preposition is a verbal noun: "since moving" → जाने से.
      const sense = first(groups, "v");
      words.push(word(text, "verb", sense?.hindi ?? "", { verbForm: "ing", transitive: true }));
      index += 1;
      continue;
    }
    if (lower.endsWith("ing") && !found.own && nextIsNominal && afterNominal) {
      // A gerund before a noun ("Charging stations"): Hindi news writes these as loans.
      words.push(word(text, "adj", transliterateEnglish(lower)));
      index += 1;
      continue;
    }
    if (groups.v !== undefined && afterVerbSignal && form === "base") part = "v";
    else if (previous?.tag === "be" && found.own && groups.adj !== undefined && STATIVE.has(lower))
      part = "adj";
    else if (
      groups.v !== undefined &&
      previous?.tag === "be" &&
      (form === "ing" || form === "past" || form === "part")
    )
      part = "v";
    else if (
      groups.v !== undefined &&
      previous?.tag === "have" &&
      (form === "past" || form === "part")
    )
      part = "v";
    else if (groups.adv !== undefined && lower.endsWith("ly")) part = "adv";
    else if (afterNominal && previous !== undefined) {
      if (groups.adj !== undefined && (nextIsNominal || groups.n === undefined)) part = "adj";
      else if (groups.n !== undefined) part = "n";
      else if (form === "ing" || form === "past") part = groups.v !== undefined ? "v" : undefined;
    } else if (
      groups.v !== undefined &&
      !finiteSeen &&
      !nextIsAuxiliary &&
      previous !== undefined &&
      ["noun", "name", "pron", "num", "raw", "adv"].includes(previous.tag) &&
      (form === "past" || form === "s" || (form === "base" && previous.plural) || form === "part")
    )
      part = "v";
    else if (groups.v !== undefined && form === "ing" && !nextIsNominal) part = "v";
    if (
      part === undefined &&
      previous !== undefined &&
      ["det", "poss", "adj", "num", "gen"].includes(previous.tag) &&
      groups.n === undefined &&
      groups.adj === undefined
    ) {
      // After a determiner a word is a noun; one the dictionaries only know as a verb is
      // written as a loan ("the polls" → पोल्स), as Hindi papers do.
      const singular = found.plural ? lower.replace(/s$/, "") : lower;
      words.push(word(text, "noun", transliterateEnglish(singular), { plural: found.plural }));
      index += 1;
      continue;
    }
    part ??= groups.n
      ? "n"
      : groups.adj
        ? "adj"
        : groups.v
          ? "v"
          : groups.adv
            ? "adv"
            : groups.np
              ? "np"
              : undefined;
    const sense = part === undefined ? undefined : first(groups, part);
    if (part === undefined || sense === undefined) {
      words.push(word(text, "noun", nameOf(text)));
      index += 1;
      continue;
    }
    if (part === "v") {
      // A gerund or participle before a noun is a modifier; Hindi news writes these as loans.
      if (form === "ing" && nextIsNominal && afterNominal) {
        words.push(word(text, "adj", transliterateEnglish(lower)));
        index += 1;
        continue;
      }
      if (form !== "ing" && form !== "part") finiteSeen = true;
      words.push(
        word(text, "verb", sense.hindi, {
          verbForm: form,
          transitive: sense.feature !== "i",
        }),
      );
    } else if (part === "n" || part === "np") {
      words.push(
        word(text, part === "np" ? "name" : "noun", sense.hindi, {
          gender: sense.feature === "f" ? "f" : "m",
          plural: found.plural,
        }),
      );
    } else words.push(word(text, part, sense.hindi));
    index += 1;
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Noun phrases

function headOf(phrase: Word[]): Word | undefined {
  for (let index = phrase.length - 1; index >= 0; index -= 1) {
    const candidate = phrase[index];
    if (candidate !== undefined && ["noun", "name", "pron", "num", "raw"].includes(candidate.tag))
      return candidate;
  }
  return phrase.at(-1);
}

function agreementOf(phrase: Word[]): Agreement {
  const head = headOf(phrase);
  const coordinated = phrase.some((item) => item.tag === "opener" && item.lower === "and");
  const plural =
    coordinated ||
    (head?.plural ?? false) ||
    phrase.some((item) => item.tag === "num" && item.plural && item === head);
  return {
    gender: head?.gender ?? "m",
    plural,
    person: head?.pronoun?.person ?? 3,
  };
}

/**
 * Renders a noun phrase, optionally in the oblique case (before a postposition). "of" chains
 * are turned round: "the capital of the state" → राज्य की राजधानी.
 */
function renderNounPhrase(phrase: Word[], oblique: boolean): string[] {
  // Split on "of": A of B of C → C का B का A.
  const ofIndex = phrase.findIndex((item) => item.tag === "prep" && item.lower === "of");
  if (ofIndex > 0 && ofIndex < phrase.length - 1) {
    const owned = phrase.slice(0, ofIndex);
    const owner = phrase.slice(ofIndex + 1);
    const agreement = agreementOf(owned);
    return [
      ...renderNounPhrase(owner, true),
      genitive(agreement.gender, agreement.plural, oblique),
      ...renderNounPhrase(owned, oblique),
    ];
  }
  // Coordination inside the phrase: A and B.
  const andIndex = phrase.findIndex(
    (item) => item.tag === "opener" && (item.lower === "and" || item.lower === "or"),
  );
  if (andIndex > 0 && andIndex < phrase.length - 1) {
    return [
      ...renderNounPhrase(phrase.slice(0, andIndex), oblique),
      phrase[andIndex]?.hindi ?? "और",
      ...renderNounPhrase(phrase.slice(andIndex + 1), oblique),
    ];
  }
  const genitiveIndex = phrase.findIndex((item) => item.tag === "gen");
  if (genitiveIndex > 0) {
    const owner = phrase.slice(0, genitiveIndex);
    const owned = phrase.slice(genitiveIndex + 1);
    const agreement = agreementOf(owned);
    return [
      ...renderNounPhrase(owner, true),
      genitive(agreement.gender, agreement.plural, oblique),
      ...renderNounPhrase(owned, oblique),
    ];
  }
  const agreement = agreementOf(phrase);
  const head = headOf(phrase);
  const output: string[] = [];
  for (const item of phrase) {
    switch (item.tag) {
      case "det": {
        const forms = DETERMINERS.get(item.lower);
        output.push(forms === undefined ? item.hindi : oblique ? forms[1] : forms[0]);
        break;
      }
      case "poss":
        output.push(
          agreeEnding(item.hindi, {
            gender: agreement.gender,
            plural: agreement.plural || oblique,
          }),
        );
        break;
      case "adj":
        output.push(inflectAdjective(item.hindi, agreement.gender, agreement.plural, oblique));
        break;
      case "noun":
        output.push(
          item === head ? inflectNoun(item.hindi, item.gender, item.plural, oblique) : item.hindi,
        );
        break;
      case "pron":
        output.push(oblique ? (item.pronoun?.oblique ?? item.hindi) : item.hindi);
        break;
      case "verb":
        // A gerund heading the phrase ("started sowing") is the verbal noun: बोना.
        if (item.verbForm === "ing" && item === phrase.at(-1)) {
          output.push(infinitive(item.hindi, oblique));
          break;
        }
        // A participle inside a noun phrase ("the injured man"): its perfective form.
        output.push(
          item.verbForm === "ing"
            ? imperfective(item.hindi, { gender: agreement.gender, plural: true }) + " हुए"
            : perfective(item.hindi, agreement),
        );
        break;
      case "gen":
      case "opener":
      case "prep":
      case "neg":
        break;
      default:
        output.push(item.hindi);
    }
  }
  return output;
}

/** A postposition after a noun phrase; pronouns take the joined forms (उसके साथ, उसमें, मुझे). */
function withPostposition(
  phrase: Word[],
  postposition: string,
  agreementForGenitive?: Agreement,
): string[] {
  const only = phrase.length === 1 ? phrase[0] : undefined;
  if (only?.tag === "pron" && only.pronoun !== undefined) {
    const pronoun = only.pronoun;
    if (postposition === "को") return [pronoun.object];
    if (postposition === "का") {
      const agreement = agreementForGenitive ?? { gender: "m", plural: false, person: 3 };
      return [agreeEnding(pronoun.possessive, agreement)];
    }
    const [firstWord = "", ...rest] = postposition.split(" ");
    if (firstWord === "के" || firstWord === "की") {
      const possessive = agreeEnding(pronoun.possessive, {
        gender: firstWord === "की" ? "f" : "m",
        plural: true,
      });
      return [possessive, ...rest];
    }
    if (postposition === "में" || postposition === "से") return [pronoun.oblique + postposition];
    if (postposition === "द्वारा")
      return [agreeEnding(pronoun.possessive, { gender: "m", plural: true }), "द्वारा"];
    return [pronoun.oblique, postposition];
  }
  return [...renderNounPhrase(phrase, true), ...postposition.split(" ")];
}

// ---------------------------------------------------------------------------------------------
// Clauses

interface VerbGroup {
  words: Word[];
  main?: Word;
}

function findVerbGroup(words: Word[]): [number, number] | undefined {
  // The finite verb group: an auxiliary, or a main verb that is not a participle; a clause
  // that has only a participle ("Speaking to reporters") uses that.
  let start = words.findIndex(
    (item) =>
      ["be", "have", "do", "modal"].includes(item.tag) ||
      (item.tag === "verb" && item.verbForm !== "ing" && item.verbForm !== "part"),
  );
  if (start === -1) start = words.findIndex((item) => item.tag === "verb");
  if (start === -1) return undefined;
  let end = start;
  while (end < words.length) {
    const item = words[end];
    if (item === undefined) break;
    if (item.tag === "verb") {
      end += 1;
      break;
    }
    if (["be", "have", "do", "modal", "neg"].includes(item.tag)) {
      end += 1;
      continue;
    }
    if (item.tag === "adv" && words.slice(end + 1).some((later) => later.tag === "verb")) {
      end += 1;
      continue;
    }
    break;
  }
  return [start, end];
}

function renderVerbGroup(
  group: VerbGroup,
  agreement: Agreement,
  predicate: boolean,
): { forms: string[]; ergative: boolean; possession: boolean } {
  const items = group.words;
  const negative = items.some((item) => item.tag === "neg");
  const adverbs = items.filter((item) => item.tag === "adv").map((item) => item.hindi);
  const modal = items.find((item) => item.tag === "modal")?.lower;
  const auxiliaries = items.filter((item) => ["be", "have", "do"].includes(item.tag));
  const firstAux = items.find((item) => ["be", "have", "do", "modal"].includes(item.tag));
  const main = group.main;
  let tense: "present" | "past" | "future" =
    modal === "will" || modal === "'ll" || modal === "shall" || modal === "would"
      ? "future"
      : modal === "could"
        ? "past"
        : (firstAux?.tense ?? "present");
  const not = negative ? ["नहीं"] : [];
  if (main === undefined) {
    const have = auxiliaries.find((item) => item.tag === "have");
    if (have !== undefined && !predicate) {
      return {
        forms: [...adverbs, ...not, copula(tense, { ...agreement, person: 3 })],
        ergative: false,
        possession: true,
      };
    }
    // be as the main verb: the predicate comes before it.
    if (modal === "can" || modal === "could" || modal === "may" || modal === "might") {
      return {
        forms: [
          ...adverbs,
          ...not,
          "हो",
          imperfective("सक", agreement),
          copula(tense === "future" ? "present" : tense, agreement),
        ],
        ergative: false,
        possession: false,
      };
    }
    if (modal === "should" || modal === "must")
      return { forms: [...adverbs, ...not, "होना", "चाहिए"], ergative: false, possession: false };
    return {
      forms: [...adverbs, ...not, copula(tense, agreement)],
      ergative: false,
      possession: false,
    };
  }
  const stem = main.hindi;
  const form = main.verbForm ?? "base";
  const hasBe = auxiliaries.some((item) => item.tag === "be");
  const hasHave = auxiliaries.some((item) => item.tag === "have");
  const progressive = form === "ing" && hasBe;
  const passive = hasBe && (form === "past" || form === "part");
  const perfect = hasHave && (form === "past" || form === "part");
  if (!firstAux && form === "past") tense = "past";
  const forms: string[] = [...adverbs, ...not];
  let ergative = false;
  if (modal === "should" || modal === "must") {
    forms.push(
      passive ? perfective(stem, agreement) : infinitive(stem),
      ...(passive ? ["जाना"] : []),
      "चाहिए",
    );
    return { forms, ergative, possession: false };
  }
  if (modal === "can" || modal === "could" || modal === "may" || modal === "might") {
    if (passive) forms.push(perfective(stem, agreement), "जा");
    else forms.push(stem);
    forms.push(
      imperfective("सक", agreement),
      copula(tense === "future" ? "present" : tense, agreement),
    );
    return { forms, ergative, possession: false };
  }
  if (passive) {
    forms.push(perfective(stem, agreement));
    if (progressive) forms.push("जा", agreeEnding("रहा", agreement), copula(tense, agreement));
    else if (tense === "future") forms.push(future("जा", agreement));
    else if (perfect || tense === "past") {
      forms.push(perfective("जा", agreement));
      if (perfect) forms.push(copula(tense, agreement));
    } else forms.push(imperfective("जा", agreement), copula(tense, agreement));
    return { forms, ergative, possession: false };
  }
  if (progressive) {
    forms.push(
      stem,
      agreeEnding("रहा", agreement),
      tense === "future" ? future("हो", agreement) : copula(tense, agreement),
    );
    return { forms, ergative, possession: false };
  }
  if (tense === "future") {
    forms.push(future(stem, agreement));
    return { forms, ergative, possession: false };
  }
  if (perfect || (tense === "past" && !auxiliaries.some((item) => item.tag === "do"))) {
    ergative = main.transitive === true;
    const verbAgreement = ergative
      ? { gender: "m" as const, plural: false, person: 3 as const }
      : agreement;
    forms.push(perfective(stem, verbAgreement));
    if (perfect) forms.push(copula(tense, verbAgreement));
    return { forms, ergative, possession: false };
  }
  if (tense === "past") {
    // did + verb: the simple past, without an ergative when negated is still common; keep it.
    ergative = main.transitive === true;
    forms.push(perfective(stem, ergative ? { gender: "m", plural: false } : agreement));
    return { forms, ergative, possession: false };
  }
  forms.push(imperfective(stem, agreement));
  if (!negative) forms.push(copula("present", agreement));
  return { forms, ergative, possession: false };
}

/** Splits the words after the verb into phrases: [postposition | undefined, words]. */
function complementPhrases(
  words: Word[],
): { postposition?: string; words: Word[]; kind: "np" | "adv" | "inf" }[] {
  const phrases: { postposition?: string; words: Word[]; kind: "np" | "adv" | "inf" }[] = [];
  let index = 0;
  while (index < words.length) {
    const item = words[index];
    if (item === undefined) break;
    if (item.tag === "inf") {
      phrases.push({ words: words.slice(index + 1), kind: "inf" });
      break;
    }
    if (
      item.tag === "adv" ||
      item.tag === "neg" ||
      (item.tag === "verb" && item.verbForm !== "ing" && item.verbForm !== "part")
    ) {
      phrases.push({ words: [item], kind: "adv" });
      index += 1;
      continue;
    }
    let postposition: string | undefined;
    if (item.tag === "prep") {
      postposition = item.hindi;
      index += 1;
    }
    const phrase: Word[] = [];
    while (index < words.length) {
      const current = words[index];
      if (current === undefined) break;
      if (current.tag === "prep" && current.lower === "of" && phrase.length > 0) {
        phrase.push(current);
        index += 1;
        continue;
      }
      if (
        current.tag === "prep" ||
        current.tag === "inf" ||
        (current.tag === "adv" && phrase.length > 0)
      )
        break;
      if (current.tag === "opener" && !(current.lower === "and" || current.lower === "or")) break;
      if (["be", "have", "do", "modal", "neg"].includes(current.tag)) break;
      // A new determiner after a noun starts a new phrase: "the office every Tuesday".
      if (
        (current.tag === "det" || current.tag === "poss") &&
        phrase.at(-1)?.lower !== "of" &&
        phrase.some((item) => item.tag === "noun" || item.tag === "name" || item.tag === "pron")
      )
        break;
      if (current.tag === "verb" && current.verbForm !== "ing" && current.verbForm !== "part")
        break;
      phrase.push(current);
      index += 1;
      // A noun phrase ends at its head unless more nominal words follow.
    }
    if (phrase.length === 0 && postposition === undefined) {
      index += 1;
      continue;
    }
    phrases.push({ postposition, words: phrase, kind: "np" });
  }
  return phrases;
}

function renderComplements(words: Word[], motion: boolean): string[] {
  const output: string[] = [];
  for (const phrase of complementPhrases(words)) {
    if (phrase.kind === "adv") {
      const item = phrase.words[0];
      if (item?.tag === "verb") output.push(infinitive(item.hindi));
      else if (item !== undefined) output.push(item.hindi);
      continue;
    }
    if (phrase.kind === "inf") {
      output.push(...renderNonFinite(phrase.words));
      continue;
    }
    if (phrase.postposition === undefined) {
      // A pronoun object takes its -को form (उसे, उन्हें); other objects stay as they are.
      const only = phrase.words.length === 1 ? phrase.words[0] : undefined;
      output.push(
        ...(only?.tag === "pron" && only.pronoun
          ? [only.pronoun.object]
          : renderNounPhrase(phrase.words, false)),
      );
      continue;
    }
    if (phrase.words.length === 0) continue;
    const head = headOf(phrase.words);
    const isDay = head !== undefined && CALENDAR_NAMES.has(head.text) && /day$/.test(head.text);
    let postposition = phrase.postposition;
    // "by the end of March" is a deadline (तक); "by the police" an agent (द्वारा).
    if (
      postposition === "द्वारा" &&
      head !== undefined &&
      (TIME_WORDS.has(head.lower) || CALENDAR_NAMES.has(head.text) || head.tag === "num")
    )
      postposition = "तक";
    if ((postposition === "पर" || postposition === "में") && isDay) postposition = "को";
    if (postposition === "को" && motion) {
      output.push(...renderNounPhrase(phrase.words, true));
      continue;
    }
    output.push(...withPostposition(phrase.words, postposition));
  }
  return output;
}

/** "to build a road" → सड़क बनाना: the verb's complements, then its infinitive. */
function renderNonFinite(words: Word[]): string[] {
  const verbIndex = words.findIndex((item) => item.tag === "verb" || item.tag === "be");
  if (verbIndex === -1) return renderComplements(words, false);
  const verb = words[verbIndex];
  const complements = renderComplements(words.slice(verbIndex + 1), false);
  const before = words
    .slice(0, verbIndex)
    .filter((item) => item.tag === "adv" || item.tag === "neg")
    .map((item) => item.hindi);
  const form = verb?.tag === "be" ? "होना" : infinitive(verb?.hindi ?? "");
  return [...complements, ...before, form];
}

/** Renders one clause (no connective) in Hindi order. */
function renderClause(words: Word[]): string[] {
  const span = findVerbGroup(words);
  if (span === undefined) {
    // No verb: a heading, a caption or a fragment. Noun phrases with their postpositions.
    return renderComplements(words, false);
  }
  const [start, end] = span;
  let subject = words.slice(0, start);
  const groupWords = words.slice(start, end);
  let rest = words.slice(end);
  const main = groupWords.find((item) => item.tag === "verb");
  // After a quotation news puts the verb first: ", said Simon Haeder, a scientist" — the noun
  // phrase after the reporting verb is its subject.
  if (
    start === 0 &&
    main !== undefined &&
    REPORTING_VERBS.has(main.hindi) &&
    main.verbForm !== "ing" &&
    (rest[0]?.tag === "name" || rest[0]?.tag === "det" || rest[0]?.tag === "noun")
  ) {
    const subjectEnd = rest.findIndex((item) => item.tag === "prep" || item.tag === "opener");
    subject = subjectEnd === -1 ? rest : rest.slice(0, subjectEnd);
    rest = subjectEnd === -1 ? [] : rest.slice(subjectEnd);
  }
  // "There is/are X": X is the subject.
  const existential = subject.length === 1 && subject[0]?.lower === "there";
  if (existential) subject = [];
  // Leading adverbs and prepositional phrases stay in front of the subject.
  const subjectStart = subject.findIndex(
    (item) => !["adv", "prep"].includes(item.tag) || item.tag === "prep",
  );
  const leadingAdverbs = subject
    .slice(0, Math.max(0, subjectStart))
    .filter((item) => item.tag === "adv");
  subject = subject.slice(leadingAdverbs.length);
  const participleOpening =
    main?.verbForm === "ing" && !groupWords.some((item) => item.tag === "be");
  const subjectPhrases = complementPhrases(subject);
  const subjectNoun = subjectPhrases
    .filter((phrase) => phrase.kind === "np" && phrase.postposition === undefined)
    .at(-1);
  const agreement = subjectNoun
    ? agreementOf(subjectNoun.words)
    : existential
      ? agreementOf(rest.filter((item) => item.tag !== "prep"))
      : { gender: "m" as const, plural: false, person: 3 as const };
  const verb = renderVerbGroup({ words: groupWords, main }, agreement, rest.length > 0);
  const output: string[] = leadingAdverbs.map((item) => item.hindi);
  if (participleOpening && main !== undefined) {
    // "Speaking to reporters, ..." → संवाददाताओं से बोलते हुए
    return [
      ...output,
      ...renderComplements(subject, false),
      ...renderComplements(rest, false),
      agreeEnding(`${main.hindi}ता`, { gender: "m", plural: true }),
      "हुए",
    ];
  }
  for (const phrase of subjectPhrases) {
    if (phrase !== subjectNoun) {
      output.push(
        ...renderComplements(
          phrase.kind === "np" && phrase.postposition !== undefined
            ? [word("", "prep", phrase.postposition), ...phrase.words]
            : phrase.words,
          false,
        ),
      );
      continue;
    }
    const only = phrase.words.length === 1 ? phrase.words[0] : undefined;
    if (verb.ergative) {
      if (only?.tag === "pron" && only.pronoun) output.push(only.pronoun.ergative);
      else output.push(...renderNounPhrase(phrase.words, true), "ने");
    } else if (verb.possession) {
      output.push(...withPostposition(phrase.words, "के पास"));
    } else output.push(...renderNounPhrase(phrase.words, false));
  }
  const motion = main !== undefined && MOTION_VERBS.has(main.hindi);
  output.push(...renderComplements(rest, motion), ...verb.forms);
  return output;
}

/** Splits a tagged stretch into clauses at connectives; "and"/"or" only join clauses when both sides have a verb. */
function splitClauses(words: Word[]): { connective: string; words: Word[] }[] {
  const clauses: { connective: string; words: Word[] }[] = [];
  let current: Word[] = [];
  let connective = "";
  const hasVerb = (list: Word[]) =>
    list.some((item) => ["verb", "be", "have", "modal", "do"].includes(item.tag));
  words.forEach((item, index) => {
    // "She said she could not come": a subject pronoun after a finished verb opens a clause.
    if (
      item.tag === "pron" &&
      SUBJECT_PRONOUNS.has(item.lower) &&
      current.some((earlier) => earlier.tag === "verb" && earlier.verbForm !== "ing") &&
      hasVerb(words.slice(index + 1))
    ) {
      clauses.push({ connective, words: current });
      current = [item];
      connective = "कि";
      return;
    }
    // "Researchers say this may help": a reporting verb followed by a clause of its own.
    const last = current.at(-1);
    if (
      last?.tag === "verb" &&
      REPORTING_VERBS.has(last.hindi) &&
      item.tag !== "opener" &&
      item.tag !== "prep" &&
      hasVerb(words.slice(index + 1)) &&
      startsWithVerbOrSubject(words.slice(index))
    ) {
      clauses.push({ connective, words: current });
      current = [item];
      connective = "कि";
      return;
    }
    if (item.tag === "opener") {
      const coordinating = item.lower === "and" || item.lower === "or";
      if (
        !coordinating ||
        (hasVerb(current) &&
          hasVerb(words.slice(index + 1)) &&
          current.length > 0 &&
          startsWithVerbOrSubject(words.slice(index + 1)))
      ) {
        if (current.length > 0 || connective !== "") clauses.push({ connective, words: current });
        current = [];
        connective = item.hindi;
        return;
      }
    }
    current.push(item);
  });
  clauses.push({ connective, words: current });
  return clauses;
}

function startsWithVerbOrSubject(words: Word[]): boolean {
  const span = findVerbGroup(words);
  return span !== undefined && span[0] <= 4;
}

function renderStretch(
  texts: string[],
  raw: boolean[],
  sentenceStart: boolean,
  lexicon: GlossLexicon,
): string[] {
  const words = tagWords(texts, raw, sentenceStart, lexicon);
  const output: string[] = [];
  for (const clause of splitClauses(words)) {
    if (clause.connective !== "") output.push(clause.connective);
    output.push(...renderClause(clause.words));
  }
  return output.filter((text) => text !== "");
}

const MAX_STRETCH_WORDS = 64;

/** Word-level English→Hindi rendering of one sentence. */
const MARGIN_NOUNS = /^(?:runs?|wickets?|votes?|points?|goals?|seats?|percent)$/;
const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";
// News English writes amounts, shares and dates in ways the word-level gloss cannot reorder:
// each is rewritten first into the plain English it already reads well ("Rs 500 crore" → "500
// crore rupees" → 500 करोड़ रुपये; "August 15, 2024" → "15 August 2024" → 15 अगस्त 2024).
const NEWS_FORMS: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [
    /(?:\bRs\.?|\bINR|₹)\s?(\d[\d,]*(?:\.\d+)?)((?:\s(?:lakh|crore|million|billion))*)/g,
    (_match, amount = "", scale = "") => `${amount}${scale} rupees`,
  ],
  [/\bper cent\b/gi, () => "percent"],
  [
    new RegExp(`\\b(${MONTHS}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?\\b`, "g"),
    (_match, month = "", day = "", year) => (year ? `${day} ${month} ${year}` : `${day} ${month}`),
  ],
  [
    /\b(\d{1,2}(?::\d{2})?) ?([ap])\.m\.(?=\s|$|[,;)])/gi,
    // At the end of the sentence the abbreviation's full stop is also the sentence's.
    (match, time = "", half = "", offset = "", whole = "") =>
      `${time} ${half.toLowerCase()}m${Number(offset) + match.length === whole.length ? "." : ""}`,
  ],
];

// Addresses, e-mail addresses, handles and hashtags, as the tokenizer protects them, are copied
// as they are, so the rewrites never reach inside them (…?amt=INR500 stays a working link).
const LINKS_AND_HANDLES = new RegExp(LINKS_AND_HANDLES_SOURCE, "gu");

/** The sentence with its news forms rewritten, outside links and handles. */
function inNewsForms(sentence: string): string {
  const rewrite = (text: string) => {
    let result = text;
    for (const [pattern, replacement] of NEWS_FORMS) result = result.replace(pattern, replacement);
    return result;
  };
  let result = "";
  let last = 0;
  for (const match of sentence.matchAll(LINKS_AND_HANDLES)) {
    result += rewrite(sentence.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return result + rewrite(sentence.slice(last));
}

export function glossEnglishSentence(sentence: string, lexicon: GlossLexicon): string {
  const tokens = tokenizeEnglish(inNewsForms(sentence));
  // A full stop with only spaces and punctuation after it ends the sentence (।). Knowing where the
  // last word stands answers that in one step; scanning the rest at every mark made a text of
  // nothing but "y. " quadratic.
  let lastWordIndex = -1;
  tokens.forEach((token, position) => {
    if (token.kind !== "space" && token.kind !== "punct") lastWordIndex = position;
  });
  const pieces: Piece[] = [];
  let index = 0;
  let sentenceStart = true;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token === undefined) break;
    const spaceBefore = tokens[index - 1]?.kind === "space";
    if (token.kind === "word" || token.kind === "raw") {
      // A stretch: words and protected spans separated only by spaces.
      const texts = [token.text];
      const raw = [token.kind === "raw"];
      let next = index + 1;
      // Clause splitting looks ahead over the stretch at every word, so a stretch is cut at
      // MAX_STRETCH_WORDS: prose never has that many words between two punctuation marks.
      while (next < tokens.length && texts.length < MAX_STRETCH_WORDS) {
        const candidate = tokens[next];
        const following = tokens[next + 1];
        if (candidate?.kind === "word" || candidate?.kind === "raw") {
          texts.push(candidate.text);
          raw.push(candidate.kind === "raw");
          next += 1;
        } else if (
          candidate?.kind === "space" &&
          (following?.kind === "word" || following?.kind === "raw")
        ) {
          next += 1;
        } else if (
          candidate?.kind === "punct" &&
          candidate.text === "-" &&
          following?.kind === "word"
        ) {
          // Hyphenated compounds ("well-known") are read word by word.
          texts.push(following.text);
          raw.push(false);
          next += 2;
        } else break;
      }
      // URLs, e-mail addresses and other protected spans that stand alone pass through untouched.
      const rendered =
        texts.length === 1 && raw[0] ? texts : renderStretch(texts, raw, sentenceStart, lexicon);
      rendered.forEach((text, position) => {
        pieces.push({ text, spaceBefore: position === 0 ? spaceBefore : true });
      });
      sentenceStart = false;
      index = next;
      continue;
    }
    if (token.kind === "punct") {
      const last = index > lastWordIndex;
      pieces.push({ text: token.text === "." && last ? "।" : token.text, spaceBefore });
      if (/[.!?:;"“]/.test(token.text)) sentenceStart = true;
    }
    index += 1;
  }
  return joinPieces(pieces);
}
