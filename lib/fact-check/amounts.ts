/*
 * Amounts written in a paragraph: numbers with their scale (lakh, crore, million…), and whether
 * they are a percentage or a sum of money. Values are compared, not spellings, so "1,250 करोड़",
 * "1,250 crore" and "12.5 billion" are the same amount and "1,250 million" is not.
 */

export type AmountUnit = "percent" | "INR" | "USD" | "GBP" | "EUR" | null;

export interface Amount {
  /** The value with its scale applied (1,250 crore → 12,500,000,000). */
  value: number;
  unit: AmountUnit;
  /** The words as written, for showing the reader what differs. */
  text: string;
  /**
   * Written in digits. A number written as a word ("दो", "five") may stand for a number on the
   * other side, but is never required to survive: "एक" is as often "a" as it is "one".
   */
  digits: boolean;
  /** Where it starts in the text it was read from, to keep the reader's order. */
  offset: number;
}

const nfc = (words: string[]) => words.map((word) => word.normalize("NFC"));
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Longest first, so "crores" is not read as "crore" followed by a stray letter.
const alternation = (words: string[]) =>
  nfc(words)
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  million: 1e6,
  mn: 1e6,
  crore: 1e7,
  crores: 1e7,
  cr: 1e7,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
  सौ: 1e2,
  हज़ार: 1e3,
  हजार: 1e3,
  लाख: 1e5,
  मिलियन: 1e6,
  करोड़: 1e7,
  करोड: 1e7,
  अरब: 1e9,
  बिलियन: 1e9,
  खरब: 1e11,
  ट्रिलियन: 1e12,
};
const SCALE_BY_WORD = new Map(
  Object.entries(SCALES).map(([word, value]) => [word.normalize("NFC"), value]),
);

const WORD_NUMBERS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  a: 1,
  एक: 1,
  दो: 2,
  तीन: 3,
  चार: 4,
  पांच: 5,
  पाँच: 5,
  छह: 6,
  छः: 6,
  सात: 7,
  आठ: 8,
  नौ: 9,
  दस: 10,
  ग्यारह: 11,
  बारह: 12,
  पंद्रह: 15,
  बीस: 20,
  तीस: 30,
  चालीस: 40,
  पचास: 50,
  सौ: 100,
  डेढ़: 1.5,
  ढाई: 2.5,
};
const WORD_NUMBER_BY_WORD = new Map(
  Object.entries(WORD_NUMBERS).map(([word, value]) => [word.normalize("NFC"), value]),
);

const CURRENCY_BEFORE: Record<string, Exclude<AmountUnit, "percent" | null>> = {
  "₹": "INR",
  "rs.": "INR",
  rs: "INR",
  inr: "INR",
  "रु.": "INR",
  रु: "INR",
  us$: "USD",
  $: "USD",
  usd: "USD",
  "£": "GBP",
  "€": "EUR",
};
const CURRENCY_AFTER: Record<string, Exclude<AmountUnit, "percent" | null>> = {
  रुपये: "INR",
  रुपए: "INR",
  रुपया: "INR",
  रुपयों: "INR",
  rupees: "INR",
  rupee: "INR",
  "rs.": "INR",
  rs: "INR",
  inr: "INR",
  डॉलर: "USD",
  dollars: "USD",
  dollar: "USD",
  usd: "USD",
  पाउंड: "GBP",
  pounds: "GBP",
  यूरो: "EUR",
  euros: "EUR",
  euro: "EUR",
};
const PERCENT_WORDS = ["%", "प्रतिशत", "फीसदी", "फ़ीसदी", "फीसद", "फ़ीसद", "percent", "per cent"];

const LETTER = "\\p{L}\\p{M}";
const DIGIT_NUMBER = "\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
const ORDINAL = "st|nd|rd|th|वां|वाँ|वीं|वें|वी|वे";

const NUMBER_PATTERN = new RegExp(
  // A currency sign or code may come first; a number glued to letters ("5G", "COVID-19") is part
  // of a word, which the name check looks after.
  `(?<![${LETTER}\\d.,$₹£€])(?<![${LETTER}]-)` +
    `(?:(₹|£|€|US\\$|\\$|Rs\\.?|INR|USD|${alternation(["रु.", "रु"])})\\s?)?` +
    `(?:(${DIGIT_NUMBER})(?:(${ORDINAL})(?![${LETTER}]))?|(${alternation(Object.keys(WORD_NUMBERS))})(?=\\s))` +
    `(?![${LETTER}\\d]|[.,]\\d)`,
  "giu",
);
const SCALE_PATTERN = new RegExp(
  `^\\s?-?\\s?(${alternation(Object.keys(SCALES))})(?![${LETTER}])`,
  "iu",
);
const PERCENT_PATTERN = new RegExp(`^\\s?(${alternation(PERCENT_WORDS)})(?![${LETTER}])`, "iu");
const CURRENCY_AFTER_PATTERN = new RegExp(
  `^\\s?(${alternation(Object.keys(CURRENCY_AFTER))})(?![${LETTER}])`,
  "iu",
);
const FISCAL_YEAR_PATTERN = /(?:^|[^\d])(\d{2})(\d{2})\s?[-–]\s?$/;

/** Devanagari digits read as ASCII ones (same length, so offsets stay put). */
export function asciiDigits(text: string): string {
  return text.replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - 0x0966));
}

/**
 * Every amount in `text`, in order. `text` should be NFC with ASCII digits and with web
 * addresses blanked out (see `prepareText`); the words are matched in any letter case.
 */
export function readAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(NUMBER_PATTERN)) {
    const [whole, prefix, digits, , word] = match;
    const start = match.index;
    let end = start + whole.length;
    let value: number;
    if (digits !== undefined) {
      value = Number(digits.replace(/,/g, ""));
      // "2024-25" is a fiscal year: the 25 is 2025, as "2024-2025" on the other side says.
      const fiscal = digits.length === 2 ? FISCAL_YEAR_PATTERN.exec(text.slice(0, start)) : null;
      if (fiscal?.[1] !== undefined) value = Number(fiscal[1]) * 100 + value;
    } else {
      value = WORD_NUMBER_BY_WORD.get((word ?? "").toLowerCase()) ?? Number.NaN;
    }
    if (!Number.isFinite(value)) continue;
    let scaled = false;
    for (;;) {
      const scale = SCALE_PATTERN.exec(text.slice(end));
      const factor = scale?.[1] ? SCALE_BY_WORD.get(scale[1].toLowerCase()) : undefined;
      if (scale === null || factor === undefined) break;
      value *= factor;
      scaled = true;
      end += scale[0].length;
    }
    // A number word counts only as an amount of its own or with a scale ("a lakh", "दो करोड़").
    if (word !== undefined && (word.toLowerCase() === "a" || word === "hundred") && !scaled)
      continue;
    let unit: AmountUnit = prefix
      ? (CURRENCY_BEFORE[prefix.normalize("NFC").toLowerCase()] ?? null)
      : null;
    const percent = PERCENT_PATTERN.exec(text.slice(end));
    if (percent !== null) {
      unit = "percent";
      end += percent[0].length;
    } else {
      const currency = CURRENCY_AFTER_PATTERN.exec(text.slice(end));
      const code = currency?.[1] ? CURRENCY_AFTER[currency[1].toLowerCase()] : undefined;
      if (currency !== null && code !== undefined) {
        unit = code;
        end += currency[0].length;
      }
    }
    amounts.push({
      value,
      unit,
      text: text.slice(start, end).trim(),
      digits: digits !== undefined,
      offset: start,
    });
  }
  return amounts;
}

/** Equal up to floating-point noise: 1.25 × 10¹⁰ computed two ways is still one amount. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}
