/**
 * Recovers English loanwords written in Devanagari (सोशल social, प्लेटफ़ॉर्म platform, डायनासोर
 * dinosaur) by pronunciation: the Hindi word is read as phonemes (`hindi-phonemes.ts`) and
 * compared with the pronunciations of English words (from CMUdict, in data/gloss) by a
 * weighted phonetic edit distance (`phonemes.ts`); among close matches the commoner English
 * word wins. Names that match nothing well (पाटिल) are left to the caller's romanisation.
 *
 * Candidates are found through a coarse consonant skeleton (the same classes of consonants in
 * the same order), also trying the skeleton with one consonant left out, since Hindi spelling
 * sometimes adds one.
 */
import { isOffensiveEnglish } from "./offensive-words";
import { consonantSkeleton, isVowel, phoneticDistance } from "./phonemes";

export interface LoanwordIndex {
  /** The English word a Devanagari word most likely borrows, if any is close enough. */
  lookup(hindiPhonemes: string): string | undefined;
}

const MAX_PHONEMES = 30;
/** Matching limits, per phoneme of the longer string. */
const MAX_DISTANCE_PER_PHONEME = 0.17;
/** Rarer English words (patella) must match closer too: a near miss is more likely a Hindi name. */
const RARE_RANK = 15_000;
const MAX_RARE_DISTANCE_PER_PHONEME = 0.11;
/** Names (Patel) must match closer than common words, or every Indian name turns English (पाटिल). */
const MAX_NAME_DISTANCE_PER_PHONEME = 0.088;
/** Short words match too much by accident (मोदी → moody): fewer than this many phonemes need a near-exact match. */
const SHORT_WORD = 5;
const MAX_SHORT_DISTANCE = 0.35;
/** How much an order of magnitude in frequency rank is worth, in distance. */
const RANK_WEIGHT = 0.2;

interface Entry {
  word: string;
  phonemes: string;
  rank: number;
}

/**
 * Builds the index from the pronunciation table: lines of "word<TAB>phonemes", commonest
 * words first.
 */
export function createLoanwordIndex(table: string): LoanwordIndex {
  const buckets = new Map<string, Entry[]>();
  let rank = 0;
  for (const line of table.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab <= 0) continue;
    const word = line.slice(0, tab);
    const phonemes = line.slice(tab + 1);
    rank += 1;
    // One- and two-letter words (a, I, to) are function words, never borrowed.
    if (word.length < 3) continue;
    // A name that sounds like a slur (फोगाट, निगार) must stay a name.
    if (isOffensiveEnglish(word)) continue;
    const skeleton = consonantSkeleton(phonemes);
    if (skeleton.length === 0) continue;
    const bucket = buckets.get(skeleton);
    const entry = { word, phonemes, rank };
    if (bucket === undefined) buckets.set(skeleton, [entry]);
    else bucket.push(entry);
  }
  const memo = new Map<string, string | undefined>();

  const find = (phonemes: string): string | undefined => {
    const vowels = [...phonemes].filter(isVowel).length;
    // No English word is this long; a long string would only make the search slow.
    if (phonemes.length < 3 || phonemes.length > MAX_PHONEMES || vowels === 0) return undefined;
    const short = phonemes.length < SHORT_WORD;
    const skeleton = consonantSkeleton(phonemes);
    if (skeleton.length === 0) return undefined;
    const skeletons = new Set([skeleton]);
    if (!short) {
      for (let index = 0; index < skeleton.length; index += 1) {
        skeletons.add(skeleton.slice(0, index) + skeleton.slice(index + 1));
      }
    }
    let best: string | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const key of skeletons) {
      for (const entry of buckets.get(key) ?? []) {
        const longer = Math.max(phonemes.length, entry.phonemes.length);
        const perPhoneme = /^[A-Z]/.test(entry.word)
          ? MAX_NAME_DISTANCE_PER_PHONEME
          : entry.rank > RARE_RANK
            ? MAX_RARE_DISTANCE_PER_PHONEME
            : MAX_DISTANCE_PER_PHONEME;
        const limit = short
          ? Math.min(MAX_SHORT_DISTANCE, perPhoneme * longer)
          : perPhoneme * longer;
        // Every extra sound costs at least the cheapest gap (0.3).
        if (Math.abs(phonemes.length - entry.phonemes.length) * 0.3 > limit) continue;
        const distance = phoneticDistance(phonemes, entry.phonemes, limit);
        if (distance > limit) continue;
        const score = distance / longer + (RANK_WEIGHT * Math.log10(entry.rank)) / longer;
        if (score < bestScore) {
          bestScore = score;
          best = entry.word;
        }
      }
    }
    return best;
  };

  return {
    lookup(hindiPhonemes) {
      if (memo.has(hindiPhonemes)) return memo.get(hindiPhonemes);
      const found = find(hindiPhonemes);
      if (memo.size > 50_000) memo.clear();
      memo.set(hindiPhonemes, found);
      return found;
    },
  };
}
