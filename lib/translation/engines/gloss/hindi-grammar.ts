import { pastParticiple, pastTense, presentParticiple, thirdPerson } from "./english-morphology";
import { hindiKey } from "@/lib/text/hindi-key";

/**
 * Word order and verb groups for the Hindi→English gloss. Glossing yields one unit per matched
 * Hindi span; this pass rearranges a run of units so the draft reads closer to English:
 * postpositions move before their noun phrase (शहर में → in city), "X का Y" becomes
 * "Y of X", the object marker को is dropped before a verb, verb groups are built
 * (बना रहे हैं → are making, बनाया गया → was made, बनाया जाएगा → will be made), and a clause
 * with an ergative subject puts its final verb after the subject (SOV → SVO).
 */

export type UnitKind =
  | "content"
  | "verb"
  | "verb-group"
  | "postposition"
  | "genitive"
  | "object"
  | "ergative"
  | "copula"
  | "progressive"
  | "passive"
  | "future-passive"
  | "habitual-passive"
  | "modal"
  /** A form of जाना after a perfective verb: the passive's auxiliary (किया जा सकता है). */
  | "passive-auxiliary"
  /** चाहिए: should. */
  | "obligation"
  /** A participle or infinitive of purpose that takes its object after it (judging X, to make X). */
  | "participle"
  /** A personal or demonstrative pronoun: a subject or object of its own, never part of a longer noun phrase. */
  | "pronoun"
  /** A word that starts a new clause (कि that, लेकिन but, क्योंकि because, जो who). */
  | "clause"
  /** Already moved into place by an earlier rule; left where it is. */
  | "placed";

export interface Unit {
  text: string;
  kind: UnitKind;
  /** For verbs: the English base form before any tense was applied. */
  base?: string;
  /** For verbs: Apertium's tense tag (perf, fut, inf, …). For a passive auxiliary: its form. */
  tense?: string;
  /** An infinitive of purpose or complement ("to change"), which takes no "of" after a noun. */
  infinitive?: boolean;
  /** A verb made with होना (शुरू होना): गया after it makes its past, not a passive. */
  intransitive?: boolean;
  /** मिलना's "receive": its Hindi dative (उन्हें, X को) is the English subject. */
  receives?: boolean;
  /** For मिलना's perfective: a plural form (मिले), "were found" with no one receiving. */
  plural?: boolean;
}

const keys = (words: string[]) => new Set(words.map((word) => hindiKey(word)));

const CLASSES: [UnitKind, Set<string>][] = [
  [
    "postposition",
    keys([
      "में",
      "पर",
      "से",
      "तक",
      "द्वारा",
      "के लिए",
      "की ओर",
      "की ओर से",
      "के बारे में",
      "के साथ",
      "के बाद",
      "के पहले",
      "से पहले",
      "के पास",
      "के बीच",
      "के दौरान",
      "के अनुसार",
      "के मुताबिक",
      "के खिलाफ",
      "के विरुद्ध",
      "के तहत",
      "के रूप में",
      "के कारण",
      "की वजह से",
      "के बजाय",
      "के अलावा",
      "के ऊपर",
      "के नीचे",
      "के अंदर",
      "के बाहर",
      "के आसपास",
      "के सामने",
      "के पीछे",
      "के जरिए",
      "के माध्यम से",
      "के बिना",
      "की तरह",
      "के बावजूद",
      "के तौर पर",
      "को लेकर",
      "के बारे",
      "के चलते",
      "की तुलना में",
      "के मामले में",
      "के संबंध में",
      "के हिसाब से",
      "के लिहाज से",
      "के बदले",
      "के बगैर",
      "की जगह",
      "के करीब",
      "के नजदीक",
      "की मदद से",
      "के आधार पर",
      "के बाद से",
      "के प्रति",
      "के साथ-साथ",
      "के अतिरिक्त",
      "के मद्देनजर",
      "के नाम पर",
      "के समय",
      "के अंत में",
      "की शुरुआत में",
      "के भीतर",
      "के आगे",
      "के पार",
      "से अधिक",
      "के ज़रिए",
      "से जुड़ा",
      "से जुड़े",
      "से जुड़ी",
      "से संबंधित",
      "से ज्यादा",
      "से कम",
      "से बाहर",
      "से लेकर",
      "में से एक",
    ]),
  ],
  ["genitive", keys(["का", "के", "की"])],
  ["object", keys(["को"])],
  ["ergative", keys(["ने"])],
  ["copula", keys(["है", "हैं", "हूं", "था", "थे", "थी", "थीं"])],
  [
    "progressive",
    keys(["रहा है", "रही है", "रहे हैं", "रहे है", "रही हैं", "रहा हूं", "रही हूं", "रहा था", "रही थी", "रहे थे"]),
  ],
  ["passive", keys(["गया", "गई", "गए", "गयी", "गये"])],
  ["future-passive", keys(["जाएगा", "जाएगी", "जाएंगे", "जाएंगी"])],
  ["habitual-passive", keys(["जाता है", "जाती है", "जाते हैं", "जाता था", "जाती थी", "जाते थे"])],
  ["modal", keys(["सकता है", "सकती है", "सकते हैं", "सकता", "सकती", "सकते"])],
  ["obligation", keys(["चाहिए"])],
  // Adverbs of time that English puts before the verb or predicate, never inside a noun phrase:
  // left where they stand, so a postposition does not take them (वह अभी भी घर में है → he is
  // still in the home, not "in the still home").
  ["placed", keys(["अभी भी", "अब भी", "पहले ही", "अभी तक", "हमेशा"])],
];

const VERB_TAGS = new Set(["perf", "fut", "prs", "impf", "inf", "imp", "gna", "stem", "v"]);

/** The grammatical role of a unit glossed from the function-word table, by its Hindi key. */
export function functionWordKind(key: string): UnitKind {
  for (const [kind, set] of CLASSES) if (set.has(key)) return kind;
  return "content";
}

export function isVerbTag(tag: string | undefined): boolean {
  return tag !== undefined && VERB_TAGS.has(tag);
}

const isNominal = (unit: Unit | undefined) =>
  unit !== undefined && unit.kind === "content" && !unit.text.endsWith(" that");
const isVerbal = (unit: Unit | undefined) =>
  unit !== undefined && (unit.kind === "verb" || unit.kind === "verb-group");

// The copula's present forms (है is, हैं are, हूं am): a perfect before them is "has done".
const PRESENT_COPULA = /^(is|are|am)$/;

function buildVerbGroups(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  // Whether a verb group took चुका's "already": पहले ही before it then says it a second time.
  let already = false;
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index] as Unit;
    const next = units[index + 1];
    const afterNext = units[index + 2];
    if (unit.kind !== "verb" || unit.base === undefined || unit.base === "" || next === undefined) {
      out.push(unit);
      continue;
    }
    const base = unit.base;
    if (next.kind === "passive-auxiliary") {
      // किया जा सकता है → can be done; किया जा रहा है → is being done; किया जाना चाहिए →
      // should be done; किया जाए → be done; किए जाने (की) → being done.
      const participle = pastParticiple(base);
      if (afterNext?.kind === "modal") {
        const modal = afterNext.text.startsWith("can") ? "can" : "could";
        out.push({ text: `${modal} be ${participle}`, kind: "verb-group" });
        index += 2;
      } else if (afterNext?.kind === "progressive") {
        out.push({ text: `${afterNext.text} being ${participle}`, kind: "verb-group" });
        index += 2;
      } else if (afterNext?.kind === "obligation") {
        out.push({ text: `should be ${participle}`, kind: "verb-group" });
        index += 2;
      } else {
        const text = next.tense === "oblique" ? `being ${participle}` : `be ${participle}`;
        out.push({ text, kind: "verb-group" });
        index += 1;
      }
    } else if (next.text === "already" && afterNext?.kind === "copula") {
      // कर चुका है → has already done; कर चुके थे → had already done.
      const auxiliary = PRESENT_COPULA.test(afterNext.text) ? "has" : "had";
      out.push({ text: `${auxiliary} already ${pastParticiple(base)}`, kind: "verb-group" });
      index += 2;
      already = true;
    } else if (next.kind === "obligation") {
      // करना चाहिए → should do.
      out.push({ text: `should ${base}`, kind: "verb-group" });
      index += 1;
    } else if (next.kind === "progressive") {
      out.push({ text: `${next.text} ${presentParticiple(base)}`, kind: "verb-group" });
      index += 1;
    } else if (next.kind === "passive" && unit.intransitive) {
      // मृत्यु हो गई → died; शुरू हो गया है → has started.
      const copula = afterNext?.kind === "copula" ? afterNext : undefined;
      const present = copula !== undefined && PRESENT_COPULA.test(copula.text);
      out.push({
        text: present ? `has ${pastParticiple(base)}` : pastTense(base),
        kind: "verb-group",
      });
      index += copula ? 2 : 1;
    } else if (next.kind === "passive") {
      // बनाया गया → was made; बनाया गया है → has been made; बनाया गया था → was made; बनाए
      // गए → were made.
      const copula = afterNext?.kind === "copula" ? afterNext : undefined;
      const present = copula !== undefined && PRESENT_COPULA.test(copula.text);
      const plural = next.tense === "plural";
      const auxiliary = present ? (plural ? "have been" : "has been") : plural ? "were" : "was";
      out.push({
        text: `${auxiliary} ${pastParticiple(base)}`,
        kind: "verb-group",
      });
      index += copula ? 2 : 1;
    } else if (next.kind === "habitual-passive") {
      // किया जाता है → is done; किए जाते थे → were done (the table gives the tense's English).
      out.push({ text: `${next.text} ${pastParticiple(base)}`, kind: "verb-group" });
      index += 1;
    } else if (next.kind === "future-passive") {
      out.push({ text: `will be ${pastParticiple(base)}`, kind: "verb-group" });
      index += 1;
    } else if (next.kind === "modal") {
      out.push({
        text: `${next.text.startsWith("can") ? "can" : "could"} ${base}`,
        kind: "verb-group",
      });
      index += 1;
    } else if (next.kind === "copula" && unit.tense === "impf") {
      // Habitual: करता है → does, करते हैं → do; करता था → did (news English reports a past habit
      // in the simple past far more than with "used to").
      if (next.text === "is" || next.text === "are" || next.text === "am")
        out.push({ text: next.text === "is" ? thirdPerson(base) : base, kind: "verb-group" });
      // A simple past like any other, so that a नहीं before it gives "did not go".
      else out.push({ text: pastTense(base), kind: "verb", base, tense: "perf" });
      index += 1;
    } else if (next.kind === "copula" && unit.tense === "perf" && PRESENT_COPULA.test(next.text)) {
      out.push({ text: `has ${pastParticiple(base)}`, kind: "verb-group" });
      index += 1;
    } else if (next.kind === "copula" && unit.tense === "perf") {
      // Past perfect: कहा था → had said.
      out.push({ text: `had ${pastParticiple(base)}`, kind: "verb-group" });
      index += 1;
    } else {
      out.push(unit);
    }
  }
  // वे पहले ही जा चुके हैं → they have already gone, not "already … already".
  return already
    ? out.filter((unit) => unit.text !== "already" || unit.kind === "verb-group")
    : out;
}

const DETERMINER =
  /^(a|an|the|this|that|these|those|some|all|every|each|many|my|our|his|her|their|its|your)\b/;

// Heads that take no article: an infinitive (to begin) or a quantifier ("the any", "the such")
// that the gloss left at the front of a phrase.
const NO_ARTICLE_HEAD = /^(to|any|such|today|tomorrow|yesterday|tonight)\b/;

/** "the" before a common-noun phrase; names (capitalised), numbers and determiners take none. */
function withArticle(units: Unit[]): Unit[] {
  const head = units.find((unit) => unit.text !== "")?.text ?? "";
  return /^[a-z]/.test(head) && !DETERMINER.test(head) && !NO_ARTICLE_HEAD.test(head)
    ? [{ text: "the", kind: "placed" }, ...units]
    : units;
}

function takeNounPhraseBefore(units: Unit[], end: number, limit: number): number {
  let start = end;
  while (start > 0 && end - start < limit && isNominal(units[start - 1])) {
    start -= 1;
    // A phrase that opens with its own determiner ("this talk") is where the noun phrase starts.
    if (DETERMINER.test(units[start]?.text ?? "")) break;
  }
  // An amount is one phrase however many words it has (2.5 लाख करोड़ रुपये के पैकेज → the
  // package of 2.5 lakh crore rupees): the limit must not leave its number behind.
  while (
    start > 0 &&
    start < end &&
    SCALE_WORD.test(units[start]?.text ?? "") &&
    AMOUNT_WORD.test(units[start - 1]?.text ?? "") &&
    isNominal(units[start - 1])
  )
    start -= 1;
  // A phrase cut right after "and" (एचआईवी और मलेरिया के) also takes the noun before it: the
  // owner is "HIV and malaria", not "and malaria".
  if (
    start > 0 &&
    start < end &&
    COORDINATOR.test(units[start]?.text ?? "") &&
    isNominal(units[start - 1])
  )
    start -= 1;
  return start;
}

const COORDINATOR = /^(and|or)$/;
const SCALES = "hundred|thousand|lakh|crore|million|billion";
const SCALE_WORD = new RegExp(`^(?:${SCALES})$`);
const AMOUNT_WORD = new RegExp(`^(?:[0-9][0-9.,]*|${SCALES})$`);

const POSSESSIVE_SUBJECTS: Record<string, string> = {
  his: "he",
  her: "she",
  its: "it",
  their: "they",
  my: "I",
  our: "we",
  your: "you",
};

// A day or a date (रविवार को → on Sunday, 6 नवंबर को → on November 6).
const WEEKDAY =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{1,2}(?:, [0-9]{4})?)$/;

function reorder(units: Unit[]): Unit[] {
  // Each pass below runs only when its words are present: the gloss must stay fast, and most
  // clauses need few of them.
  const has = (test: (unit: Unit) => boolean) => units.some(test);
  // को after a day is "on" (रविवार को → on Sunday), not an object marker.
  if (has((unit) => unit.kind === "object"))
    units = units.map((unit, index) =>
      unit.kind === "object" && WEEKDAY.test(units[index - 1]?.text ?? "")
        ? { text: "on", kind: "postposition" }
        : unit,
    );
  // को, or a genitive, right before a verb marks its object (नीति की घोषणा की): English has none.
  let result = units.filter(
    (unit, index) =>
      !((unit.kind === "object" || unit.kind === "genitive") && isVerbal(units[index + 1])),
  );

  // A possessive right before a verb made from its noun is that verb's subject: उसकी मृत्यु हो
  // गई → he died (the noun went into the verb).
  if (has((unit) => Object.hasOwn(POSSESSIVE_SUBJECTS, unit.text)))
    result = result.map((unit, index) => {
      const subject = Object.hasOwn(POSSESSIVE_SUBJECTS, unit.text)
        ? POSSESSIVE_SUBJECTS[unit.text]
        : undefined;
      return subject !== undefined && isVerbal(result[index + 1])
        ? { text: subject, kind: "pronoun" as const }
        : unit;
    });

  // A participle or infinitive of purpose takes the noun phrase before it (and its को or का)
  // as its object, after it: राष्ट्रपति का आकलन करते हुए → judging the president, घर बनाने के
  // लिए → to make home.
  if (has((unit) => unit.kind === "participle"))
    result = result.filter(
      (unit, index) =>
        !(
          (unit.kind === "object" || unit.kind === "genitive") &&
          result[index + 1]?.kind === "participle"
        ),
    );
  for (let index = 1; index < result.length; index += 1) {
    const unit = result[index];
    if (unit?.kind !== "participle") continue;
    const start = takeNounPhraseBefore(result, index, 3);
    if (start === index) continue;
    // In place: a clause has several of these, and rebuilding the array each time was most of
    // the reordering's allocation.
    result.splice(
      start,
      index + 1 - start,
      { ...unit, kind: "placed" },
      ...result.slice(start, index).map((moved) => ({ ...moved, kind: "placed" as const })),
    );
  }

  // "X का Y" → "Y of X"
  for (let index = 1; index < result.length - 1; index += 1) {
    if (result[index]?.kind !== "genitive") continue;
    const start = takeNounPhraseBefore(result, index, 2);
    let end = index + 1;
    while (end < result.length && end - index - 1 < 2 && isNominal(result[end])) end += 1;
    if (start === index || end === index + 1) continue;
    const owner = result.slice(start, index);
    const owned = result.slice(index + 1, end);
    // An infinitive before का takes no "of", and its object follows it (नाम बदलने का अधिकार
    // → the right to change name).
    const infinitive = owner.at(-1);
    const rewritten: Unit[] = infinitive?.infinitive
      ? [...withArticle(owned), infinitive, ...owner.slice(0, -1)]
      : [...withArticle(owned), { text: "of", kind: "placed" }, ...withArticle(owner)];
    // "Y of X" is one noun phrase from here on: a postposition after it moves before all of it
    // (लोगों के लिए → for the people of X), and a further genitive nests it (C of the B of A).
    const phrase: Unit = {
      text: rewritten
        .map((unit) => unit.text)
        .filter((text) => text !== "")
        .join(" "),
      kind: "content",
    };
    result.splice(start, end - start, phrase);
    index = start;
  }

  // Postpositions go before the noun phrase they follow.
  for (let index = 1; index < result.length; index += 1) {
    const unit = result[index];
    if (unit?.kind !== "postposition") continue;
    let start = takeNounPhraseBefore(result, index, 3);
    if (start === index) continue;
    // At the start of a clause that ends in a verb, the first noun is its subject, not part of
    // the postposition's noun phrase (कैप्सूल आसमान में दिखाई देगा: capsule | in the sky).
    if (
      start === 0 &&
      index - start === 2 &&
      isPredicate(result.at(-1)) &&
      !DETERMINER.test(result[0]?.text ?? "") &&
      result[0]?.text !== "own"
    )
      start += 1;
    // English puts an article after most prepositions ("in the city").
    result.splice(
      start,
      index + 1 - start,
      { ...unit, kind: "placed" },
      // The moved noun phrase is settled: the next postposition must not take it again.
      ...withArticle(result.slice(start, index)).map((moved) => ({
        ...moved,
        kind: "placed" as const,
      })),
    );
  }

  // An ergative subject: put the clause-final verb right after it.
  const ergative = result.findIndex((unit) => unit.kind === "ergative");
  // A verbless clause ending in a copula: "यह शहर बड़ा है" reads "this city is big", so the
  // copula moves before the predicate (the last content word, or from an article on).
  const last = result.at(-1);
  if (
    last?.kind === "copula" &&
    result.length >= 3 &&
    !result.some((unit) => isVerbal(unit) || unit.kind === "ergative")
  ) {
    // A clause's opening conjunction (that, because) stays in front; a relative pronoun is
    // the subject itself, so the copula follows it (जो … तैयार है → who is … ready).
    const head = result[0]?.kind === "clause" ? 1 : 0;
    const body = result.slice(head, -1);
    if (head === 1 && RELATIVE.test(result[0]?.text ?? "")) {
      result = [...result.slice(0, 1), last, ...body];
    } else if (
      body.every(
        (unit) => unit.kind === "content" || unit.kind === "placed" || unit.kind === "pronoun",
      )
    ) {
      const article = body.findIndex(
        (unit, index) =>
          index > 0 && (/^(a|an)$/.test(unit.text) || SUPERLATIVE_PHRASE.test(unit.text)),
      );
      // A phrase already put in place (in Delhi) is the predicate's start: राम दिल्ली में है →
      // Ram is in Delhi, not "Ram in is Delhi".
      const placed =
        body[0]?.kind === "placed"
          ? -1
          : body.findIndex((unit, index) => index > 0 && unit.kind === "placed");
      let split = placed > 0 ? placed : article > 0 ? article : body.length - 1;
      // A degree word belongs to the predicate it modifies (is very important).
      if (placed <= 0 && article <= 0 && split > 1 && INTENSIFIER.test(body[split - 1]?.text ?? ""))
        split -= 1;
      if (split > 0)
        result = [...result.slice(0, head), ...body.slice(0, split), last, ...body.slice(split)];
    }
  }

  // Only a simple clause: a conjunction between subject and verb means the verb belongs to another clause.
  // The clause's own opening word (कि that, लेकिन but) does not count.
  const opening = result[0]?.kind === "clause" ? 1 : 0;
  const simple = !result
    .slice(Math.max(opening, ergative))
    .some((unit) => /^(that|and|but|or|because|when|if|while)$/.test(unit.text));
  if (ergative > 0 && simple) {
    let verbStart = result.length;
    while (verbStart > ergative + 1 && isVerbal(result[verbStart - 1])) verbStart -= 1;
    if (verbStart < result.length && verbStart > ergative + 1) {
      result = [
        ...result.slice(0, ergative),
        ...result.slice(verbStart),
        ...result.slice(ergative + 1, verbStart),
      ];
    }
  } else if (ergative < 0 && simple) {
    result = subjectVerbObject(result);
  }
  return result;
}

const DEMONSTRATIVE = /^(this|that|these|those)$/;
const INTENSIFIER = /^(very|quite|too|so|more|most|less|extremely|really|completely|fairly)$/;
const RELATIVE = /^(who|which)$/;
const ARTICLE = /^(a|an|the)\b/;
// A superlative as the gloss makes it from सबसे (the biggest, the most important): like an
// article, it opens the predicate (यह सबसे बड़ा शहर है → this is the biggest city).
const SUPERLATIVE_PHRASE = /^the (most [a-z]+|least [a-z]+|best|worst|[a-z]+est)$/;

/**
 * A demonstrative right before a noun is its determiner (इस सवाल पर → on this question), so the
 * two become one noun phrase that postpositions and genitives move as a whole.
 */
function withDeterminers(units: Unit[]): Unit[] {
  if (!units.some((unit) => unit.kind === "pronoun" && DEMONSTRATIVE.test(unit.text))) return units;
  const out: Unit[] = [];
  // Where the clause's own words start: after its opening conjunction and any phrase already
  // put in place (उनके अनुसार यह सही है → according to them this is correct).
  let clauseStart = units[0]?.kind === "clause" ? 1 : 0;
  while (units[clauseStart]?.kind === "placed") clauseStart += 1;
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index] as Unit;
    const next = units[index + 1];
    // Unless the noun is all that stands before a final copula: यह सच है is "this is true".
    // (or यह सच नहीं है, this is not true).
    const negated = units[index + 2]?.text === "not" ? 1 : 0;
    const predicate =
      units[index + 2 + negated]?.kind === "copula" &&
      index + 3 + negated === units.length &&
      index === clauseStart;
    if (
      unit.kind === "pronoun" &&
      DEMONSTRATIVE.test(unit.text) &&
      isNominal(next) &&
      !INTENSIFIER.test(next?.text ?? "") &&
      // यह एक बड़ी समस्या है: "this" is the subject and "a big problem" the predicate, not
      // "this a" one noun phrase; so before any phrase with its own article (the biggest).
      !ARTICLE.test(next?.text ?? "") &&
      !predicate
    ) {
      out.push({ text: `${unit.text} ${next?.text ?? ""}`, kind: "content" });
      index += 1;
    } else out.push(unit);
  }
  return out;
}

/**
 * A clause without ने: its subject is the first noun phrase (after any adverbial phrase that
 * was already put in place, such as "in June"), and its verb group ends the clause. English
 * wants the verb right after the subject: "the capsule in the sky will appear" → "the capsule
 * will appear in the sky". Nothing moves when the subject cannot be told from what follows it
 * (a bare noun run such as "Ram book reads", where Hindi marks no object).
 */
function subjectVerbObject(units: Unit[]): Unit[] {
  let verbStart = units.length;
  while (verbStart > 0 && isPredicate(units[verbStart - 1])) verbStart -= 1;
  // "not" belongs to the verb group it stands before.
  if (verbStart > 0 && units[verbStart - 1]?.text === "not") verbStart -= 1;
  // A clause-final copula alone is a verb group too (वह पिछले साल भारत में था → he was in
  // India last year).
  if (
    verbStart === units.length ||
    !units.slice(verbStart).some((unit) => isVerbal(unit) || unit.kind === "copula")
  )
    return units;
  let subjectStart = 0;
  // A conjunction opening the clause (that, because) stands before its subject.
  if (units[0]?.kind === "clause" && !RELATIVE.test(units[0].text)) subjectStart = 1;
  while (subjectStart < verbStart && units[subjectStart]?.kind === "placed") subjectStart += 1;
  const first = units[subjectStart];
  if (first === undefined) return units;
  let subjectEnd: number;
  if (first.kind === "clause" && RELATIVE.test(first.text)) {
    // जो … है: the relative pronoun is the subject (which is ready …).
    subjectEnd = subjectStart + 1;
  } else if (first.kind === "pronoun") {
    subjectEnd = subjectStart + 1;
    // A demonstrative takes the noun after it ("this record"); a personal pronoun is whole.
    if (DEMONSTRATIVE.test(first.text) && isNominal(units[subjectEnd])) subjectEnd += 1;
  } else if (isNominal(first)) {
    subjectEnd = subjectStart + 1;
    while (subjectEnd < verbStart && isNominal(units[subjectEnd])) subjectEnd += 1;
  } else return units;
  // Something must stand between subject and verb, and it must not be a bare noun run (the
  // subject and an unmarked object would be indistinguishable).
  if (subjectEnd >= verbStart) return units;
  return [
    ...units.slice(0, subjectEnd),
    ...units.slice(verbStart),
    ...units.slice(subjectEnd, verbStart),
  ];
}

const isPredicate = (unit: Unit | undefined) =>
  unit !== undefined &&
  (isVerbal(unit) ||
    unit.kind === "copula" ||
    unit.kind === "passive" ||
    unit.kind === "future-passive" ||
    unit.kind === "modal");

const AUXILIARY =
  /^(is|are|was|were|will|can|could|has|have|had|should|would|may|might|must|do|does|did|used)$/;

/**
 * Hindi puts नहीं before the whole verb group (नहीं किया गया); English puts "not" after the
 * first auxiliary ("was not done"), or uses "did not" before a bare past verb.
 */
function placeNegation(units: Unit[]): Unit[] {
  if (!units.some((unit) => unit.text === "not")) return units;
  const out: Unit[] = [];
  for (let index = 0; index < units.length; index += 1) {
    const unit = units[index] as Unit;
    const next = units[index + 1];
    if (unit.text !== "not" || next === undefined || !isPredicate(next)) {
      out.push(unit);
      continue;
    }
    const [first = "", ...rest] = next.text.split(" ");
    let text: string | undefined;
    if (AUXILIARY.test(first)) text = [first, "not", ...rest].join(" ");
    else if (next.kind === "verb" && next.tense === "perf" && next.base)
      text = `did not ${next.base}`;
    else if (next.kind === "verb" && next.tense === "fut" && first === "will")
      text = `will not ${rest.join(" ")}`;
    if (text === undefined) {
      out.push(unit);
      continue;
    }
    out.push({ ...next, text, kind: next.kind === "copula" ? "copula" : "verb-group" });
    index += 1;
  }
  return out;
}

/**
 * "और" after a finished verb group joins two clauses ("X went and Y came"): each is ordered
 * on its own. Between nouns ("Nevada and Utah") it stays inside the clause.
 */
function splitCoordinated(units: Unit[]): Unit[][] {
  if (!units.some((unit) => unit.text === "and" || unit.text === "or")) return [units];
  const parts: Unit[][] = [];
  let start = 0;
  units.forEach((unit, index) => {
    if (index > start && /^(and|or)$/.test(unit.text) && isPredicate(units[index - 1])) {
      parts.push(units.slice(start, index + 1));
      start = index + 1;
    }
  });
  parts.push(units.slice(start));
  return parts;
}

const REFLEXIVE_POSSESSIVES: Record<string, string> = {
  he: "his",
  she: "her",
  it: "its",
  they: "their",
  I: "my",
  we: "our",
  you: "your",
};

/**
 * अपना ("own", the table's rendering) refers to the clause's subject: "his" after he, "our"
 * after we; with a noun subject or none in view, "their" (as news English mostly reads).
 */
function resolveReflexive(units: Unit[], subject: string | undefined): Unit[] {
  if (!units.some((unit) => unit.text === "own")) return units;
  const possessive =
    subject !== undefined && Object.hasOwn(REFLEXIVE_POSSESSIVES, subject)
      ? REFLEXIVE_POSSESSIVES[subject]
      : "their";
  return units.map((unit) =>
    unit.text === "own" && unit.kind === "content"
      ? { ...unit, text: possessive ?? "their" }
      : unit,
  );
}

const DATIVE_TO_SUBJECT: Record<string, string> = {
  them: "they",
  him: "he",
  her: "she",
  me: "I",
  us: "we",
};

/**
 * With मिलना the one who receives is in the dative (उन्हें पुरस्कार मिला, पुलिस को शव मिला):
 * English makes it the subject, so the pronoun takes its subject form and को goes.
 */
function withReceiver(units: Unit[]): Unit[] {
  if (!units.some((unit) => unit.receives === true)) return units;
  // No dative and no pronoun at all (शव मिला, कोई सबूत नहीं मिला): nobody receives, the thing
  // was found; a copula after it gives the perfect (मिला है → has been found).
  if (
    !units.some(
      (unit) => unit.kind === "object" || unit.kind === "pronoun" || unit.kind === "ergative",
    )
  ) {
    const found: Unit[] = [];
    for (let index = 0; index < units.length; index += 1) {
      const unit = units[index] as Unit;
      if (unit.receives !== true) {
        found.push(unit);
        continue;
      }
      const copula = units[index + 1]?.kind === "copula" ? units[index + 1]?.text : undefined;
      let text = unit.tense === "fut" ? "will be found" : unit.plural ? "were found" : "was found";
      if (copula !== undefined && unit.tense !== "fut") {
        text = PRESENT_COPULA.test(copula)
          ? `${unit.plural ? "have" : "has"} been found`
          : "had been found";
        index += 1;
      }
      found.push({ text, kind: "verb-group" });
    }
    return found;
  }
  return units
    .filter((unit) => unit.kind !== "object")
    .map((unit) =>
      unit.kind === "pronoun" && Object.hasOwn(DATIVE_TO_SUBJECT, unit.text)
        ? { ...unit, text: DATIVE_TO_SUBJECT[unit.text] ?? unit.text }
        : unit,
    );
}

function arrangeClause(clause: Unit[], subject: string | undefined): Unit[] {
  // Words the table renders as nothing (ही, वाला) only get in the way of the rules below; the
  // ergative marker stays, since it marks where the subject ends.
  const units = resolveReflexive(
    clause.some((unit) => unit.text === "" && unit.kind === "content")
      ? clause.filter((unit) => unit.text !== "" || unit.kind !== "content")
      : clause,
    clause.find((unit) => unit.kind === "pronoun")?.text ?? subject,
  );
  // A form of जाना left without a verb before it to make a passive is the verb "go" itself (वह
  // घर गया → he went home; वे मुंबई जाएंगे → they will go to Mumbai).
  const grouped = buildVerbGroups(withReceiver(units)).map((unit): Unit =>
    unit.kind === "passive"
      ? { text: "went", kind: "verb", base: "go", tense: "perf" }
      : unit.kind === "future-passive"
        ? { text: "will go", kind: "verb", base: "go", tense: "fut" }
        : unit,
  );
  // कल is yesterday or tomorrow; a clause in the future means tomorrow (वे कल जाएंगे).
  const future = grouped.some((unit) => unit.tense === "fut" || unit.text.startsWith("will "));
  const dated = future
    ? grouped.map((unit) => (unit.text === "yesterday" ? { ...unit, text: "tomorrow" } : unit))
    : grouped;
  return splitCoordinated(placeNegation(withDeterminers(dated))).flatMap((part) => {
    // The joining word stays at the end of its part, outside the reordering.
    const last = part.at(-1);
    return last !== undefined && /^(and|or)$/.test(last.text) && part.length > 1
      ? [...reorder(part.slice(0, -1)), last]
      : reorder(part);
  });
}

/**
 * Rearranges one run of glossed units and returns the English words in their new order. Word
 * order is changed within a clause only: a run is cut before each clause word (कि, लेकिन, जो),
 * so "उन्होंने कहा कि …" keeps "he said" before "that …" and each clause gets its own SVO order.
 */
export function arrangeUnits(units: Unit[]): string[] {
  const words: string[] = [];
  let start = 0;
  // The first clause's pronoun subject, for अपना in the clauses after it (he said that … his).
  const subject = units.find((unit) => unit.kind === "pronoun")?.text;
  const flush = (end: number) => {
    for (const unit of arrangeClause(units.slice(start, end), subject)) {
      if (unit.text !== "") words.push(unit.text);
    }
    start = end;
  };
  units.forEach((unit, index) => {
    if (unit.kind === "clause" && index > start) {
      flush(index);
      // यह … कि: the यह only announces the कि clause (उन्होंने यह माना कि → they admitted
      // that), which English does not do ("admitted this that").
      if (unit.text === "that" && words.at(-1) === "this") words.pop();
    }
    // A verb of saying with its "that" (कहा कि → said that) closes the clause it ends.
    else if (unit.kind !== "clause" && unit.text.endsWith(" that")) flush(index + 1);
  });
  flush(units.length);
  agreeWithSingularSubject(words);
  return words;
}

// Hindi uses the plural verb for one person it respects (वह खेल रहे हैं, वे गए थे about one
// man), and the table renders वह as "he": the English verb after it is singular.
const SINGULAR_SUBJECTS = new Set(["he", "she", "it", "He", "She", "It"]);
const SINGULAR_FORMS: Record<string, string> = { are: "is", were: "was", have: "has" };

// The other way round: a perfect with ने takes "has" from its singular है whatever the subject
// (शोधकर्ताओं ने कहा है), and हम, वे, मैं need the plural or first-person form.
const PLURAL_FORMS: Record<string, string> = { is: "are", was: "were", has: "have" };
const FIRST_PERSON_FORMS: Record<string, string> = { is: "am", are: "am", has: "have" };
const PLURAL_SUBJECTS = new Set(["we", "they", "you", "We", "They", "You"]);
// A plural noun subject on its own ("officials", "the researchers"), not the owner at the end of
// "Y of X", which says nothing of the subject's number; nor words like "news", "bus", "this",
// "has" or "its".
const PLURAL_NOUN = /^(?:the )?[A-Za-z]{2,}[^suiat'’]s$/;

const AUXILIARY_START = /^(is|are|am|was|were|has|have)\b/;

function formsFor(subject: string): Record<string, string> | undefined {
  if (SINGULAR_SUBJECTS.has(subject)) return SINGULAR_FORMS;
  if (subject === "I") return FIRST_PERSON_FORMS;
  if (PLURAL_SUBJECTS.has(subject) || PLURAL_NOUN.test(subject)) return PLURAL_FORMS;
  return undefined;
}

function agreeWithSingularSubject(words: string[]): void {
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index] ?? "";
    // Cheap test first: most words are no auxiliary (is, are, am, was, were, has, have) at all.
    // First letter i, a, w or h: a character test before any regular expression runs.
    const first = word.charCodeAt(0);
    if (first !== 105 && first !== 97 && first !== 119 && first !== 104) continue;
    if (!AUXILIARY_START.test(word)) continue;
    const space = word.indexOf(" ");
    const verb = space === -1 ? word : word.slice(0, space);
    const forms = formsFor(words[index - 1] ?? "");
    if (forms !== undefined && Object.hasOwn(forms, verb))
      words[index] = `${forms[verb] ?? verb}${space === -1 ? "" : word.slice(space)}`;
  }
}
