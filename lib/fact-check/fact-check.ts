import { entriesFor, termPattern, type GlossaryEntry } from "@/lib/glossary/glossary";
import type { LanguageCode } from "@/lib/text/language";
import { asciiDigits, readAmounts, sameValue, type Amount } from "./amounts";

/*
 * The fact check: what must come through a translation unchanged (amounts, dates, quotations,
 * names written in Latin script, web addresses, glossary terms), compared between a paragraph
 * and its rendering. Pure and deterministic, so the server, the browser, saved documents and
 * corrections all get the same answer for the same text, whatever engine wrote it.
 */

export type FactKind = "number" | "percent" | "currency" | "date" | "quote" | "name" | "url";

/** One thing that differs. `source` null: the translation adds it; `translation` null: lost. */
export interface FactIssue {
  kind: FactKind;
  /** As the original writes it, or null when only the translation has it. */
  source: string | null;
  /** What the translation has instead, or null when it has nothing for it. */
  translation: string | null;
}

export interface FactCheckInput {
  source: string;
  translation: string;
  sourceLanguage: LanguageCode;
  targetLanguage: LanguageCode;
  /** Fixed renderings; a term in the source must appear as its rendering (a name). */
  glossary?: readonly GlossaryEntry[];
}

/** At most this many issues per paragraph: beyond it the row says "and more" by count. */
export const MAX_FACT_ISSUES = 20;

const URL_PATTERN =
  /\bhttps?:\/\/[^\s<>"“”‘’]+|\bwww\.[^\s<>"“”‘’]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?)\]।'’"”]+$/u;
// Latin-script words in Hindi text (names, acronyms, G20, COVID-19) pass through translation.
const LATIN_TOKEN = /(?<![\p{L}\p{M}\d])[A-Za-z][A-Za-z0-9]*(?:[-.&'’][A-Za-z0-9]+)*/gu;
const OPENING_QUOTES = /[“‘«]/gu;

const MONTHS: [number, string[]][] = [
  [1, ["जनवरी", "January", "Jan"]],
  [2, ["फरवरी", "फ़रवरी", "February", "Feb"]],
  [3, ["मार्च", "March", "Mar"]],
  [4, ["अप्रैल", "अप्रेल", "April", "Apr"]],
  [5, ["मई", "May"]],
  [6, ["जून", "June", "Jun"]],
  [7, ["जुलाई", "July", "Jul"]],
  [8, ["अगस्त", "August", "Aug"]],
  [9, ["सितंबर", "सितम्बर", "September", "Sept", "Sep"]],
  [10, ["अक्टूबर", "अक्तूबर", "October", "Oct"]],
  [11, ["नवंबर", "नवम्बर", "November", "Nov"]],
  [12, ["दिसंबर", "दिसम्बर", "December", "Dec"]],
];
const MONTH_BY_WORD = new Map<string, number>(
  MONTHS.flatMap(([month, words]) => words.map((word) => [word.normalize("NFC"), month])),
);
// Case-sensitive: "may" the verb and "mar" the verb are not months; "May" only beside a number.
const MONTH_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(${[...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join("|")})\\.?(?![\\p{L}\\p{M}])`,
  "gu",
);

interface Prepared {
  text: string;
  urls: string[];
}

// Every address URL_PATTERN can match contains one of these; text without any is not searched.
const URL_MARKER = /:\/\/|www\.|@/i;

/** NFC, ASCII digits, and web addresses taken out so their digits are not read as amounts. */
function prepare(text: string): Prepared {
  const urls: string[] = [];
  const normal = asciiDigits(text.normalize("NFC"));
  // Most paragraphs hold no address, and the pattern's scan of every word boundary is the
  // dearest part of reading one; a substring test rules it out first.
  if (!URL_MARKER.test(normal)) return { text: normal, urls };
  const rest = normal.replace(URL_PATTERN, (match) => {
    urls.push(match.replace(TRAILING_PUNCTUATION, ""));
    return " ".repeat(match.length);
  });
  return { text: rest, urls };
}

function months(text: string): { month: number; text: string }[] {
  const found: { month: number; text: string }[] = [];
  for (const match of text.matchAll(MONTH_PATTERN)) {
    const word = match[1] ?? "";
    if (word === "May") {
      const around = text.slice(Math.max(0, match.index - 6), match.index + word.length + 6);
      if (!/\d/.test(around)) continue;
    }
    const month = MONTH_BY_WORD.get(word);
    if (month !== undefined) found.push({ month, text: word });
  }
  return found;
}

/** Quoted spans: each opening curly quote, and each pair of straight double quotes. */
function quotations(text: string): number {
  const curly = text.match(OPENING_QUOTES)?.length ?? 0;
  const straight = text.match(/"/g)?.length ?? 0;
  return curly + Math.floor(straight / 2);
}

/** Amounts matched by value; what is left over on either side is lost, added or changed. */
function compareAmounts(source: Amount[], target: Amount[]): FactIssue[] {
  const issues: FactIssue[] = [];
  const usedTarget = new Set<Amount>();
  const usedSource = new Set<Amount>();
  const missing: Amount[] = [];
  const rank = (wanted: Amount, candidate: Amount) =>
    (candidate.unit === wanted.unit ? 0 : 2) + (candidate.digits ? 0 : 1);
  for (const amount of source) {
    if (!amount.digits) continue;
    const partner = target
      .filter((candidate) => !usedTarget.has(candidate) && sameValue(candidate.value, amount.value))
      .sort((a, b) => rank(amount, a) - rank(amount, b))[0];
    if (partner === undefined) {
      missing.push(amount);
      continue;
    }
    usedTarget.add(partner);
    usedSource.add(amount);
    if (partner.unit !== amount.unit) {
      const kind = amount.unit === "percent" || partner.unit === "percent" ? "percent" : "currency";
      issues.push({ kind, source: amount.text, translation: partner.text });
    }
  }
  const added: Amount[] = [];
  for (const amount of target) {
    if (!amount.digits || usedTarget.has(amount)) continue;
    // A number the original writes as a word ("दो करोड़" → "20 million") is no addition.
    const partner = source.find(
      (candidate) =>
        !usedSource.has(candidate) && !candidate.digits && sameValue(candidate.value, amount.value),
    );
    if (partner !== undefined) usedSource.add(partner);
    else added.push(amount);
  }
  // A lost amount and an added one in the same paragraph are most likely one changed amount.
  missing.forEach((amount, position) => {
    const instead = added[position];
    issues.push({
      kind: amount.unit === "percent" ? "percent" : "number",
      source: amount.text,
      translation: instead?.text ?? null,
    });
  });
  for (const amount of added.slice(missing.length))
    issues.push({ kind: "number", source: null, translation: amount.text });
  return issues;
}

function containsWord(haystack: string, word: string): boolean {
  return termPattern(word, "u").test(haystack);
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
// Characters that case-fold to an ASCII letter without lower-casing to one (ſ → s, K → k).
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/**
 * Whether a Latin-script token occurs as a whole word, in any letter case: what
 * `containsWord` answers, without compiling a pattern. Tokens are mostly new on every
 * paragraph (names, codes), and compiling a Unicode-aware pattern for each cost milliseconds
 * per paragraph on the translation's path.
 */
function containsToken(haystack: string, token: string): boolean {
  if (FOLDS_TO_ASCII.test(haystack)) return containsWord(haystack, token);
  const text = haystack.toLowerCase();
  const wanted = token.toLowerCase();
  for (let at = text.indexOf(wanted); at !== -1; at = text.indexOf(wanted, at + 1)) {
    const end = at + wanted.length;
    // The code points either side, a surrogate pair taken whole.
    const lowSurrogate = at >= 2 && /[\udc00-\udfff]/.test(text.charAt(at - 1));
    const previous = text.slice(lowSurrogate ? at - 2 : at - 1, at);
    const next = String.fromCodePoint(text.codePointAt(end) ?? 32);
    if (!WORD_CHARACTER.test(previous) && !WORD_CHARACTER.test(next)) return true;
  }
  return false;
}

/** What a source paragraph holds that its translation must keep, read once per paragraph. */
export interface SourceFacts {
  sourceLanguage: LanguageCode;
  /** Glossary terms the paragraph uses, each with the rendering the translation must have. */
  terms: { term: string; expected: string }[];
  amounts: Amount[];
  months: { month: number; text: string }[];
  quotations: number;
  /** Latin-script words of a Hindi paragraph, one per spelling regardless of letter case. */
  latinTokens: string[];
  urls: string[];
}

/**
 * Reads what `compareFacts` looks for in a source paragraph. It needs no translation, so a
 * caller can read it while the engine is still working and compare as soon as the text arrives.
 */
export function readSourceFacts(
  source: string,
  options: { sourceLanguage: LanguageCode; glossary?: readonly GlossaryEntry[] },
): SourceFacts {
  const prepared = prepare(source);
  const terms: SourceFacts["terms"] = [];
  // Glossary terms are names: the term in the source must come out as its rendering.
  let text = prepared.text;
  for (const entry of entriesFor(options.glossary ?? [], options.sourceLanguage)) {
    if (!termPattern(entry.term, "u").test(text)) continue;
    terms.push({ term: entry.term, expected: entry.rendering ?? entry.term });
    // The term's own words are checked here, not again below as Latin tokens or numbers.
    text = text.replace(termPattern(entry.term), (match) => " ".repeat(match.length));
  }
  const latinTokens: string[] = [];
  // Latin-script words inside Hindi come through as they are; English words of course do not.
  if (options.sourceLanguage === "hi") {
    const seen = new Set<string>();
    for (const [token] of text.matchAll(LATIN_TOKEN)) {
      const key = token.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      latinTokens.push(token);
    }
  }
  return {
    sourceLanguage: options.sourceLanguage,
    terms,
    amounts: readAmounts(text),
    months: months(text),
    quotations: quotations(text),
    latinTokens,
    urls: prepared.urls,
  };
}

/**
 * Compares a source paragraph's facts with its translation and lists what may have been lost
 * or changed. An empty list means nothing was found to differ, not that the translation is right.
 */
export function compareFacts(facts: SourceFacts, translation: string): FactIssue[] {
  const target = prepare(translation);
  const issues: FactIssue[] = [];

  for (const { term, expected } of facts.terms) {
    if (!containsWord(target.text, expected))
      issues.push({ kind: "name", source: term, translation: null });
  }

  issues.push(...compareAmounts(facts.amounts, readAmounts(target.text)));

  const targetMonths = months(target.text);
  for (const { month, text } of facts.months) {
    const at = targetMonths.findIndex((candidate) => candidate.month === month);
    if (at === -1) issues.push({ kind: "date", source: text, translation: null });
    else targetMonths.splice(at, 1);
  }

  const lostQuotes = facts.quotations - quotations(target.text);
  if (lostQuotes > 0) issues.push({ kind: "quote", source: "“…”", translation: null });

  for (const token of facts.latinTokens) {
    if (!containsToken(target.text, token))
      issues.push({ kind: "name", source: token, translation: null });
  }

  for (const url of facts.urls) {
    if (!target.urls.includes(url) && !target.text.includes(url))
      issues.push({ kind: "url", source: url, translation: null });
  }
  return issues.slice(0, MAX_FACT_ISSUES);
}

/**
 * Compares one paragraph with its translation and lists what may have been lost or changed.
 * An empty list means nothing was found to differ, not that the translation is right.
 */
export function checkFacts(input: FactCheckInput): FactIssue[] {
  return compareFacts(readSourceFacts(input.source, input), input.translation);
}

/** How the reader groups issues in its summary: numbers (with money and percentages) first. */
export type FactGroup = "number" | "date" | "name" | "quote";

export function factGroup(kind: FactKind): FactGroup {
  if (kind === "number" || kind === "percent" || kind === "currency") return "number";
  if (kind === "url") return "name";
  return kind;
}

/** Paragraph counts per group, for the one summary line above the rows. */
export function summariseFacts(
  perParagraph: readonly (readonly FactIssue[] | undefined)[],
): Record<FactGroup, number> {
  const counts: Record<FactGroup, number> = { number: 0, date: 0, name: 0, quote: 0 };
  for (const issues of perParagraph) {
    const groups = new Set((issues ?? []).map((issue) => factGroup(issue.kind)));
    for (const group of groups) counts[group] += 1;
  }
  return counts;
}
