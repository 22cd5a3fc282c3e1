/**
 * Ranks the English senses of one Hindi word from several dictionaries. The first sense is what
 * the gloss prints, so a rare or wrong sense listed first in one source must lose to the
 * ordinary one. The evidence, roughly in order of weight:
 *   - agreement: both dictionaries give the sense;
 *   - round trip: the English word's own first Hindi rendering is this very word;
 *   - part of speech: the Hindi analyser's category of the word matches the sense's;
 *   - English frequency: an ordinary, well-known word beats a rare one;
 *   - each dictionary's own order.
 * The team's hand-written tables are not ranked here: they are consulted before the lexicon.
 */

/** Coarse parts of speech shared by both dictionaries and the Hindi analyser. */
export type PartOfSpeech =
  "noun" | "verb" | "adjective" | "adverb" | "adposition" | "name" | "other";

export interface SenseCandidate {
  english: string;
  /** FreeDict's score for this pair (lower is better), if FreeDict has it. */
  freeDictScore?: number;
  /** Position of this Hindi word among FreeDict's renderings of the English word. */
  freeDictBackRank?: number;
  /** Position of this Hindi word among Apertium's renderings of the English word. */
  apertiumBackRank?: number;
  /** Parts of speech the sources give the English word in this pairing. */
  partsOfSpeech: ReadonlySet<PartOfSpeech>;
  /** Occurrences of the English word in an English frequency list (0 when absent). */
  frequency: number;
}

/** Weights, kept together so the balance between them is visible in one place. */
const WEIGHTS = {
  missingFromFreeDict: 5,
  agreement: 3,
  freeDictFirstBack: 4,
  freeDictLaterBack: 1.5,
  apertiumFirstBack: 2.5,
  apertiumLaterBack: 1,
  partOfSpeechMismatch: 3,
  frequencyPerDecade: 1.4,
  multiword: 1.5,
  unknownWord: 2.5,
};

/** Lower is better. */
export function senseScore(
  candidate: SenseCandidate,
  hindiPartsOfSpeech: ReadonlySet<PartOfSpeech>,
): number {
  let score = candidate.freeDictScore ?? WEIGHTS.missingFromFreeDict;
  const inApertium = candidate.apertiumBackRank !== undefined;
  const inFreeDict = candidate.freeDictScore !== undefined;
  if (inApertium && inFreeDict) score -= WEIGHTS.agreement;
  if (candidate.freeDictBackRank === 0) score -= WEIGHTS.freeDictFirstBack;
  else if (candidate.freeDictBackRank !== undefined) score -= WEIGHTS.freeDictLaterBack;
  if (candidate.apertiumBackRank === 0) score -= WEIGHTS.apertiumFirstBack;
  else if (inApertium) score -= WEIGHTS.apertiumLaterBack;
  if (
    hindiPartsOfSpeech.size > 0 &&
    candidate.partsOfSpeech.size > 0 &&
    ![...candidate.partsOfSpeech].some((pos) => hindiPartsOfSpeech.has(pos))
  ) {
    score += WEIGHTS.partOfSpeechMismatch;
  }
  score -= WEIGHTS.frequencyPerDecade * Math.log10(1 + candidate.frequency);
  if (candidate.english.includes(" ") && !inFreeDict) score += WEIGHTS.multiword;
  // A lower-case word no English frequency list knows is a misspelling ("atleast") or very rare.
  if (candidate.frequency === 0 && /^[a-z]+$/.test(candidate.english)) score += WEIGHTS.unknownWord;
  return score;
}

/** The candidates' English words, best first, at most `keep` of them. */
export function rankSenses(
  candidates: readonly SenseCandidate[],
  hindiPartsOfSpeech: ReadonlySet<PartOfSpeech>,
  keep: number,
): string[] {
  return candidates
    .map((candidate) => ({
      english: candidate.english,
      score: senseScore(candidate, hindiPartsOfSpeech),
    }))
    .sort((a, b) => a.score - b.score || a.english.localeCompare(b.english))
    .slice(0, keep)
    .map((ranked) => ranked.english);
}

/** Maps a FreeDict, Apertium or Apertium-analyser tag to the coarse part of speech. */
export function partOfSpeech(tag: string): PartOfSpeech {
  switch (tag.toLowerCase()) {
    case "n":
      return "noun";
    case "v":
    case "vt":
    case "vi":
    case "vti":
    case "phrv":
    case "vblex":
    case "vaux":
      return "verb";
    case "adj":
      return "adjective";
    case "adv":
      return "adverb";
    case "pr":
    case "prep":
    case "post":
      return "adposition";
    case "np":
    case "ant":
    case "top":
    case "cog":
    case "org":
      return "name";
    default:
      return "other";
  }
}
