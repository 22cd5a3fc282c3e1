/**
 * Hindi number words from eleven to ninety-nine, and ordinals made with -वां/-वीं/-वें. Each of
 * the hundred cardinals is its own word in Hindi (छियालीस is 46, not "six and forty"), and the
 * dictionary knows some of them wrongly (इक्कीस "twenty", छियालीस "six", नवासी "granddaughter")
 * or not at all, so the gloss reads them from this table, written by the team.
 */
import { hindiKey } from "@/lib/text/hindi-key";

const CARDINALS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ["एक"]],
  [2, ["दो"]],
  [3, ["तीन"]],
  [4, ["चार"]],
  [5, ["पांच", "पाँच"]],
  [6, ["छह", "छः"]],
  [7, ["सात"]],
  [8, ["आठ"]],
  [9, ["नौ"]],
  [10, ["दस"]],
  [11, ["ग्यारह"]],
  [12, ["बारह"]],
  [13, ["तेरह"]],
  [14, ["चौदह"]],
  [15, ["पंद्रह", "पन्द्रह"]],
  [16, ["सोलह"]],
  [17, ["सत्रह"]],
  [18, ["अठारह"]],
  [19, ["उन्नीस"]],
  [20, ["बीस"]],
  [21, ["इक्कीस"]],
  [22, ["बाईस"]],
  [23, ["तेईस"]],
  [24, ["चौबीस"]],
  [25, ["पच्चीस"]],
  [26, ["छब्बीस"]],
  [27, ["सत्ताईस"]],
  [28, ["अट्ठाईस", "अठाईस"]],
  [29, ["उनतीस"]],
  [30, ["तीस"]],
  [31, ["इकतीस", "इकत्तीस"]],
  [32, ["बत्तीस"]],
  [33, ["तैंतीस"]],
  [34, ["चौंतीस"]],
  [35, ["पैंतीस"]],
  [36, ["छत्तीस"]],
  [37, ["सैंतीस"]],
  [38, ["अड़तीस"]],
  [39, ["उनतालीस", "उनचालीस"]],
  [40, ["चालीस"]],
  [41, ["इकतालीस"]],
  [42, ["बयालीस"]],
  [43, ["तैंतालीस"]],
  [44, ["चवालीस", "चौवालीस"]],
  [45, ["पैंतालीस"]],
  [46, ["छियालीस"]],
  [47, ["सैंतालीस"]],
  [48, ["अड़तालीस"]],
  [49, ["उनचास"]],
  [50, ["पचास"]],
  [51, ["इक्यावन"]],
  [52, ["बावन"]],
  [53, ["तिरपन", "तिरेपन"]],
  [54, ["चौवन", "चौव्वन"]],
  [55, ["पचपन"]],
  [56, ["छप्पन"]],
  [57, ["सत्तावन"]],
  [58, ["अट्ठावन", "अठावन"]],
  [59, ["उनसठ"]],
  [60, ["साठ"]],
  [61, ["इकसठ"]],
  [62, ["बासठ"]],
  [63, ["तिरसठ", "तिरेसठ"]],
  [64, ["चौंसठ"]],
  [65, ["पैंसठ"]],
  [66, ["छियासठ"]],
  [67, ["सड़सठ", "सरसठ"]],
  [68, ["अड़सठ", "अरसठ"]],
  [69, ["उनहत्तर"]],
  [70, ["सत्तर"]],
  [71, ["इकहत्तर"]],
  [72, ["बहत्तर"]],
  [73, ["तिहत्तर"]],
  [74, ["चौहत्तर"]],
  [75, ["पचहत्तर"]],
  [76, ["छिहत्तर"]],
  [77, ["सतहत्तर"]],
  [78, ["अठहत्तर"]],
  [79, ["उन्यासी", "उनासी"]],
  [80, ["अस्सी"]],
  [81, ["इक्यासी"]],
  [82, ["बयासी"]],
  [83, ["तिरासी"]],
  [84, ["चौरासी"]],
  [85, ["पचासी"]],
  [86, ["छियासी"]],
  [87, ["सत्तासी"]],
  [88, ["अट्ठासी", "अठासी"]],
  [89, ["नवासी"]],
  [90, ["नब्बे"]],
  [91, ["इक्यानवे"]],
  [92, ["बानवे"]],
  [93, ["तिरानवे"]],
  [94, ["चौरानवे"]],
  [95, ["पचानवे"]],
  [96, ["छियानवे"]],
  [97, ["सत्तानवे"]],
  [98, ["अट्ठानवे", "अठानवे"]],
  [99, ["निन्यानवे"]],
  [100, ["सौ"]],
];

const ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINAL_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ["one", "first"],
  ["two", "second"],
  ["three", "third"],
  ["five", "fifth"],
  ["eight", "eighth"],
  ["nine", "ninth"],
  ["twelve", "twelfth"],
];

/** 1–100 in English words: "forty-six". */
export function englishNumberWord(value: number): string {
  if (value === 100) return "hundred";
  if (value < 10) return ONES[value] ?? "";
  if (value < 20) return TEENS[value - 10] ?? "";
  const tens = TENS[Math.floor(value / 10)] ?? "";
  const ones = value % 10;
  return ones === 0 ? tens : `${tens}-${ONES[ones]}`;
}

/** An English number word as an ordinal: "forty-six" → "forty-sixth", "twenty" → "twentieth". */
export function englishOrdinalWord(word: string): string {
  for (const [cardinal, ordinal] of ORDINAL_ENDINGS) {
    if (word === cardinal || word.endsWith(`-${cardinal}`)) {
      return word.slice(0, word.length - cardinal.length) + ordinal;
    }
  }
  if (word.endsWith("y")) return `${word.slice(0, -1)}ieth`;
  return `${word}th`;
}

const CARDINAL_BY_KEY = new Map<string, number>();
for (const [value, spellings] of CARDINALS) {
  for (const spelling of spellings) CARDINAL_BY_KEY.set(hindiKey(spelling), value);
}
// -वां (masculine), -वीं (feminine), -वें (oblique or plural) on a cardinal: पांचवां, दसवीं.
const ORDINAL_SUFFIXES = ["वां", "वाँ", "वीं", "वें"].map((suffix) => hindiKey(suffix));

/** The value of a Hindi cardinal from one to a hundred, by its lookup key. */
export function hindiCardinalValue(key: string): number | undefined {
  return CARDINAL_BY_KEY.get(key);
}

/**
 * The English of a Hindi cardinal above ten or of an ordinal in -वां/-वीं/-वें from five up (the
 * first four have their own words, पहला … चौथा, which the tables already know), by lookup key.
 */
export function hindiNumberWord(key: string): string | undefined {
  const cardinal = CARDINAL_BY_KEY.get(key);
  if (cardinal !== undefined) return cardinal > 10 ? englishNumberWord(cardinal) : undefined;
  for (const suffix of ORDINAL_SUFFIXES) {
    if (!key.endsWith(suffix)) continue;
    const value = CARDINAL_BY_KEY.get(key.slice(0, key.length - suffix.length));
    if (value !== undefined && value >= 5) return englishOrdinalWord(englishNumberWord(value));
  }
  return undefined;
}

// साढ़े, सवा and पौने go before a number: plus a half, plus a quarter, less a quarter (साढ़े तीन
// 3.5, सवा दो 2.25, पौने चार 3.75). डेढ़ (1.5) and ढाई (2.5) are the number themselves.
const BEFORE_A_NUMBER = new Map(
  [
    ["साढ़े", 0.5],
    ["सवा", 0.25],
    ["पौने", -0.25],
  ].map(([word, change]) => [hindiKey(String(word)), Number(change)]),
);
const STANDING_ALONE = new Map(
  [
    ["डेढ़", 1.5],
    ["ढाई", 2.5],
  ].map(([word, value]) => [hindiKey(String(word)), Number(value)]),
);
// A hundred and a thousand multiply into a whole number (साढ़े तीन सौ is 350); lakh and crore
// stay units that the gloss writes itself (साढ़े तीन लाख is 3.5 lakh).
const MULTIPLIERS = new Map(
  [
    ["सौ", 100],
    ["हजार", 1000],
    ["हज़ार", 1000],
  ].map(([word, value]) => [hindiKey(String(word)), Number(value)]),
);
const BAJE = hindiKey("बजे");
const SAVA = hindiKey("सवा");
const HUNDREDS_SEPARATOR = /\B(?=(\d{3})+(?!\d))/g;

/**
 * Reads a fraction word and the number it qualifies as digits: साढ़े तीन सौ → "350", सवा लाख →
 * "1.25" (the लाख after it is left to be read), साढ़े दस बजे → "10:30". Returns
 * the text and how many words it used, or undefined when the word is not such a fraction.
 */
export function readFraction(
  words: readonly string[],
  keys: readonly string[],
  position: number,
): { text: string; used: number } | undefined {
  const key = keys[position] ?? "";
  let value = STANDING_ALONE.get(key);
  let used = 1;
  const change = BEFORE_A_NUMBER.get(key);
  if (change !== undefined) {
    const next = words[position + 1] ?? "";
    const nextKey = keys[position + 1] ?? "";
    const base = /^[0-9]{1,3}$/.test(next)
      ? Number(next)
      : MULTIPLIERS.has(nextKey)
        ? undefined
        : hindiCardinalValue(nextKey);
    if (base !== undefined) {
      value = base + change;
      used = 2;
    } else if (change > 0 && MULTIPLIERS.has(nextKey)) {
      // सवा सौ, साढ़े … with no number: one and a quarter hundred.
      value = 1 + change;
    } else if (key === SAVA) {
      value = 1.25;
    } else return undefined;
  }
  if (value === undefined) return undefined;
  const after = keys[position + used] ?? "";
  const multiplier = MULTIPLIERS.get(after);
  if (multiplier !== undefined) {
    const whole = Math.round(value * multiplier);
    return { text: String(whole).replace(HUNDREDS_SEPARATOR, ","), used: used + 1 };
  }
  if (after === BAJE && change !== undefined && used === 2) {
    const whole = Math.floor(value);
    const minutes = Math.round((value - whole) * 60);
    // पौने एक बजे is a quarter to one: 12:45, not 0:45.
    const hours = whole === 0 ? 12 : whole;
    // The clock time says it all: "10:30", not "10:30 o'clock".
    return { text: `${hours}:${String(minutes).padStart(2, "0")}`, used: used + 1 };
  }
  // डेढ़ and ढाई on their own keep their words ("one and a half"); the table has them.
  if (change === undefined && !/^(?:लाख|करोड़)$/.test(words[position + used] ?? "")) {
    return undefined;
  }
  return { text: String(value), used };
}
