/**
 * Recovers English loanwords written in Devanagari (इंटरनेट, वेबसाइट, नेटवर्क) by matching
 * their romanisation against an English word list on a coarse phonetic key, then on spelling.
 *
 * The key keeps consonants only, after folding the spellings English and Hindi use for the same
 * sound (ph/f, c/k/s, w/v, j/g before e and i, z/s). A candidate must also be close in full
 * spelling, so names like पाटिल (Patil) are not forced into English words (petal).
 */

const VOWELS = /[aeiouy]/;

function englishSpelling(word: string): string {
  return word
    .toLowerCase()
    .replace(/tion/g, "shan")
    .replace(/sion/g, "shan")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/qu/g, "kv")
    .replace(/x/g, "ks")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/c/g, "k")
    .replace(/g(?=[eiy])/g, "j")
    .replace(/([aeiou])w(?![aeiou])/g, "$1")
    .replace(/w/g, "v")
    .replace(/gh/g, "")
    .replace(/th/g, "t")
    .replace(/z/g, "s")
    .replace(/([^aeiou])y/g, "$1i")
    .replace(/(.)\1+/g, "$1");
}

function hindiSpelling(romanized: string): string {
  return romanized
    .toLowerCase()
    .replace(/chh/g, "ch")
    .replace(/([kgtdpb])h/g, "$1")
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/z/g, "s")
    .replace(/q/g, "k")
    .replace(/(.)\1+/g, "$1");
}

/** The consonant skeleton both sides are indexed by. */
function skeleton(spelling: string): string {
  return spelling
    .replace(/sh/g, "S")
    .replace(/ch/g, "C")
    .split("")
    .filter((letter, index) => !VOWELS.test(letter) || (index === 0 && letter !== "y"))
    .map((letter) => (VOWELS.test(letter) ? "V" : letter))
    .join("");
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

export interface LoanwordIndex {
  /** The English word a romanised Hindi word most likely borrows, if any is close enough. */
  lookup(romanized: string): string | undefined;
}

/**
 * Builds the index. `preferred` words (the dictionary's headwords, which lean to common words)
 * win over the rest of the list at equal distance.
 */
export function createLoanwordIndex(
  words: readonly string[],
  preferred: ReadonlySet<string>,
): LoanwordIndex {
  // The index is one sorted string of "key<TAB>word" lines plus their offsets, searched by
  // bisection: a Map of 150,000 keys to word lists cost about 30 MB of heap, this about 6 MB.
  const entries: string[] = [];
  for (const word of words) {
    if (word.length < 4 || word.length > 16 || !/^[a-z]+$/.test(word)) continue;
    entries.push(`${skeleton(englishSpelling(word))}\t${word}`);
  }
  entries.sort();
  const text = entries.join("\n");
  const count = entries.length;
  const offsets = new Int32Array(count + 1);
  let offset = 0;
  entries.forEach((entry, index) => {
    offsets[index] = offset;
    offset += entry.length + 1;
  });
  offsets[count] = offset;
  const keyAt = (index: number) =>
    text.slice(offsets[index] ?? 0, text.indexOf("\t", offsets[index] ?? 0));
  const wordsFor = (key: string): string[] => {
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (keyAt(middle) < key) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < count && keyAt(index) === key; index += 1) {
      found.push(text.slice((offsets[index] ?? 0) + key.length + 1, (offsets[index + 1] ?? 1) - 1));
    }
    return found;
  };
  // The joined text holds everything now; the array of lines can go.
  entries.length = 0;
  const memo = new Map<string, string | undefined>();
  return {
    lookup(romanized) {
      if (memo.has(romanized)) return memo.get(romanized);
      let best: string | undefined;
      // Short words match too many English words by accident (मोदी → mode).
      if (romanized.length >= 5) {
        const spelling = hindiSpelling(romanized);
        let bestScore = Number.POSITIVE_INFINITY;
        for (const word of wordsFor(skeleton(spelling))) {
          const candidate = { word, spelling: englishSpelling(word) };
          const distance =
            editDistance(spelling, candidate.spelling) /
            Math.max(spelling.length, candidate.spelling.length);
          const common = preferred.has(candidate.word);
          // Rare words (most of a 275,000-word list) must match almost exactly.
          if (distance > (common ? 0.3 : 0.15) || (!common && word.length < 5)) continue;
          const score = distance - (common ? 0.15 : 0) + candidate.word.length * 0.001;
          if (score < bestScore) {
            bestScore = score;
            best = candidate.word;
          }
        }
      }
      if (memo.size > 50_000) memo.clear();
      memo.set(romanized, best);
      return best;
    },
  };
}
