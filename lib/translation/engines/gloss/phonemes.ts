/**
 * A one-character-per-phoneme alphabet shared by the English pronouncing dictionary and the
 * Hindi reading of a loanword, and a weighted edit distance between two such strings in which
 * sounds that Hindi spelling confuses (ट/त for t and th, व for v and w, फ for p and f, the
 * vowel length English does not mark) cost little.
 *
 * Vowels: a (AA), @ (AE), ^ (AH, the schwa), o (AO), e (EH), E (EY), i (IH), I (IY), O (OW),
 * u (UH), U (UW); English diphthongs are written as two vowels (AY = ai, AW = au, OY = oi) and
 * ER as ^r, the way Hindi spells them.
 * Consonants: b c(CH) d D(DH) f g h j(JH) k l m n N(NG) p r s S(SH) t T(TH) v w y z Z(ZH).
 */

const ARPABET: Record<string, string> = {
  AA: "a",
  AE: "@",
  AH: "^",
  AO: "o",
  AW: "au",
  AY: "ai",
  EH: "e",
  ER: "^r",
  EY: "E",
  IH: "i",
  IY: "I",
  OW: "O",
  OY: "oi",
  UH: "u",
  UW: "U",
  B: "b",
  CH: "c",
  D: "d",
  DH: "D",
  F: "f",
  G: "g",
  HH: "h",
  JH: "j",
  K: "k",
  L: "l",
  M: "m",
  N: "n",
  NG: "N",
  P: "p",
  R: "r",
  S: "s",
  SH: "S",
  T: "t",
  TH: "T",
  V: "v",
  W: "w",
  Y: "y",
  Z: "z",
  ZH: "Z",
};

/** Encodes a CMUdict pronunciation ("CH AA1 R JH IH0 NG") in the shared alphabet ("carjiN"). */
export function encodeArpabet(pronunciation: string): string {
  let encoded = "";
  for (const phoneme of pronunciation.trim().split(/\s+/)) {
    const bare = phoneme.replace(/[0-9]/g, "");
    if (!Object.hasOwn(ARPABET, bare)) return "";
    encoded += ARPABET[bare];
  }
  return encoded;
}

const VOWELS = new Set("a@^oeEiIOuU");
export const isVowel = (phoneme: string) => VOWELS.has(phoneme);

// Pairs of sounds one language's spelling writes for the other's, with their substitution cost
// (any other pair of vowels costs 0.6, of consonants 1).
const CLOSE_PAIRS: [string, string, number][] = [
  ["i", "I", 0.1],
  ["u", "U", 0.1],
  ["e", "E", 0.1],
  ["i", "e", 0.3],
  ["@", "e", 0.2],
  ["@", "E", 0.3],
  ["a", "o", 0.2],
  ["o", "O", 0.25],
  ["a", "@", 0.15],
  ["a", "^", 0.2],
  ["^", "@", 0.3],
  ["^", "e", 0.3],
  ["^", "i", 0.3],
  ["^", "u", 0.3],
  ["^", "o", 0.3],
  ["^", "E", 0.3],
  ["O", "^", 0.3],
  ["u", "O", 0.4],
  ["O", "a", 0.3],
  ["i", "E", 0.4],
  ["t", "T", 0.2],
  ["d", "D", 0.2],
  ["T", "D", 0.3],
  ["t", "d", 0.6],
  ["v", "w", 0.1],
  ["p", "f", 0.3],
  ["b", "v", 0.6],
  ["s", "z", 0.15],
  ["s", "S", 0.4],
  ["z", "j", 0.2],
  ["z", "Z", 0.2],
  ["j", "Z", 0.3],
  ["S", "Z", 0.3],
  ["c", "S", 0.5],
  ["k", "g", 0.6],
  ["n", "N", 0.2],
  ["n", "m", 0.5],
  ["r", "d", 0.6],
  ["y", "i", 0.3],
  ["y", "I", 0.3],
  ["w", "u", 0.3],
  ["w", "U", 0.3],
  ["v", "u", 0.4],
  ["h", "k", 0.7],
];
const PAIR_COST = new Map<string, number>();
for (const [a, b, cost] of CLOSE_PAIRS) {
  PAIR_COST.set(a + b, cost);
  PAIR_COST.set(b + a, cost);
}

export function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  const pair = PAIR_COST.get(a + b);
  if (pair !== undefined) return pair;
  const vowelA = isVowel(a);
  if (vowelA !== isVowel(b)) return 1.5;
  return vowelA ? 0.6 : 1;
}

/** Cost of a sound one side has and the other lacks. */
export function gapCost(phoneme: string): number {
  if (phoneme === "^") return 0.3;
  if (isVowel(phoneme)) return 0.5;
  if (phoneme === "h" || phoneme === "y") return 0.5;
  return 1;
}

// The same costs as tables indexed by character code, for the inner loop of the distance.
const CODES = 128;
const SUBSTITUTION = new Float64Array(CODES * CODES);
const GAP = new Float64Array(CODES);
for (let a = 0; a < CODES; a += 1) {
  GAP[a] = gapCost(String.fromCharCode(a));
  for (let b = 0; b < CODES; b += 1) {
    SUBSTITUTION[a * CODES + b] = substitutionCost(String.fromCharCode(a), String.fromCharCode(b));
  }
}
const code = (text: string, index: number) => text.charCodeAt(index) & (CODES - 1);

/** Weighted edit distance; stops early and returns Infinity once every path exceeds `limit`. */
let rowA = new Float64Array(64);
let rowB = new Float64Array(64);

export function phoneticDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  // Two rows reused across calls: the matcher compares thousands of pairs per unknown word.
  if (rowA.length <= b.length) {
    rowA = new Float64Array(b.length + 1);
    rowB = new Float64Array(b.length + 1);
  }
  let previous = rowA;
  let current = rowB;
  previous[0] = 0;
  for (let j = 1; j <= b.length; j += 1) {
    previous[j] = (previous[j - 1] ?? 0) + (GAP[code(b, j - 1)] ?? 1);
  }
  for (let i = 1; i <= a.length; i += 1) {
    const left = code(a, i - 1);
    const leftGap = GAP[left] ?? 1;
    current[0] = (previous[0] ?? 0) + leftGap;
    let rowBest = current[0] ?? 0;
    for (let j = 1; j <= b.length; j += 1) {
      const right = code(b, j - 1);
      const value = Math.min(
        (previous[j] ?? 0) + leftGap,
        (current[j - 1] ?? 0) + (GAP[right] ?? 1),
        (previous[j - 1] ?? 0) + (SUBSTITUTION[left * CODES + right] ?? 1),
      );
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > limit) return Number.POSITIVE_INFINITY;
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

// Coarse consonant classes for the index: words whose consonants fall in the same classes in
// the same order are compared; vowels, h and y are left out, since the two spellings differ most there.
const CLASS: Record<string, string> = {
  b: "B",
  p: "B",
  f: "B",
  v: "B",
  w: "B",
  t: "T",
  d: "T",
  T: "T",
  D: "T",
  k: "K",
  g: "K",
  s: "S",
  z: "S",
  S: "S",
  Z: "S",
  c: "S",
  j: "S",
  m: "N",
  n: "N",
  N: "N",
  l: "L",
  r: "R",
};

/** The coarse consonant skeleton a phoneme string is indexed under. */
export function consonantSkeleton(phonemes: string): string {
  let skeleton = "";
  for (const phoneme of phonemes) {
    if (Object.hasOwn(CLASS, phoneme)) skeleton += CLASS[phoneme];
  }
  return skeleton;
}
