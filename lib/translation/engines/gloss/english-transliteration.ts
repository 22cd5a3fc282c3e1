/**
 * Writes an English name in Devanagari by its spelling, the way Hindi papers print foreign
 * names (Smith → स्मिथ, Bhopal → भोपाल). English spelling is irregular, so this is a rough,
 * rule-based reading: letter groups to sounds, vowels as matras after a consonant and as
 * independent letters elsewhere, a virama between consonants, a silent final -e dropped.
 */

type Sound =
  { kind: "consonant"; letter: string } | { kind: "vowel"; letter: string; sign: string };

const consonant = (letter: string): Sound => ({ kind: "consonant", letter });
const vowel = (letter: string, sign: string): Sound => ({ kind: "vowel", letter, sign });

// Longest groups first.
const GROUPS: [string, Sound[]][] = [
  ["tion", [consonant("श"), vowel("अ", ""), consonant("न")]],
  ["sion", [consonant("श"), vowel("अ", ""), consonant("न")]],
  ["tch", [consonant("च")]],
  ["sch", [consonant("श")]],
  ["ch", [consonant("च")]],
  ["sh", [consonant("श")]],
  ["th", [consonant("थ")]],
  ["ph", [consonant("फ")]],
  ["kh", [consonant("ख")]],
  ["gh", [consonant("घ")]],
  ["bh", [consonant("भ")]],
  ["dh", [consonant("ध")]],
  ["jh", [consonant("झ")]],
  ["ck", [consonant("क")]],
  ["qu", [consonant("क"), consonant("व")]],
  ["ew", [consonant("य"), vowel("ऊ", "ू")]],
  ["ia", [vowel("इ", "ि"), consonant("य"), vowel("आ", "ा")]],
  ["aa", [vowel("आ", "ा")]],
  ["ee", [vowel("ई", "ी")]],
  ["ea", [vowel("ई", "ी")]],
  ["oo", [vowel("ऊ", "ू")]],
  ["ou", [vowel("औ", "ौ")]],
  ["ai", [vowel("ऐ", "ै")]],
  ["ay", [vowel("ए", "े")]],
  ["ei", [vowel("ए", "े")]],
  ["ey", [vowel("ए", "े")]],
  ["ie", [vowel("ई", "ी")]],
  ["oa", [vowel("ओ", "ो")]],
  ["au", [vowel("ऑ", "ॉ")]],
  ["aw", [vowel("ऑ", "ॉ")]],
  ["ow", [vowel("ओ", "ो")]],
  ["oi", [vowel("ऑ", "ॉ"), consonant("य")]],
  ["oy", [vowel("ऑ", "ॉ"), consonant("य")]],
  ["a", [vowel("अ", "ा")]],
  ["e", [vowel("ए", "े")]],
  ["i", [vowel("इ", "ि")]],
  ["o", [vowel("ओ", "ो")]],
  ["u", [vowel("उ", "ु")]],
  ["b", [consonant("ब")]],
  ["c", [consonant("क")]],
  ["d", [consonant("ड")]],
  ["f", [consonant("फ")]],
  ["g", [consonant("ग")]],
  ["h", [consonant("ह")]],
  ["j", [consonant("ज")]],
  ["k", [consonant("क")]],
  ["l", [consonant("ल")]],
  ["m", [consonant("म")]],
  ["n", [consonant("न")]],
  ["p", [consonant("प")]],
  ["q", [consonant("क")]],
  ["r", [consonant("र")]],
  ["s", [consonant("स")]],
  ["t", [consonant("ट")]],
  ["v", [consonant("व")]],
  ["w", [consonant("व")]],
  ["x", [consonant("क"), consonant("स")]],
  ["z", [consonant("ज़")]],
];

function sounds(word: string): Sound[] {
  const result: Sound[] = [];
  let position = 0;
  while (position < word.length) {
    const rest = word.slice(position);
    // A soft c before e, i, y; a final y is a vowel; a final silent e after a consonant.
    if (rest[0] === "c" && /^[eiy]/.test(rest.slice(1))) {
      result.push(consonant("स"));
      position += 1;
      continue;
    }
    // A soft g after r or d, or before a final e: charging → चार्जिंग, bridge → ब्रिज.
    if (
      rest[0] === "g" &&
      ((/^g[ei]/.test(rest) && /[rd]$/.test(word.slice(0, position))) || rest === "ge")
    ) {
      result.push(consonant("ज"));
      position += rest === "ge" ? 2 : 1;
      continue;
    }
    // A final -er, -or, -ers is said with a schwa: Peter → पीटर, leaders → लीडर्स.
    if (/^(?:er|or|ers|ors)$/.test(rest) && position > 1 && result.at(-1)?.kind === "consonant") {
      result.push(vowel("अ", ""), consonant("र"));
      if (rest.endsWith("s")) result.push(consonant("स"));
      break;
    }
    // So are a final -on, -en, -el: Johnson → जोह्न्सन (a final -al, -an keeps its long a in
    // the many Indian names that end so: Bhopal, Kishan).
    const reduced = /^(?:on|en|el)$/.test(rest) ? /([nl])$/.exec(rest) : null;
    if (reduced && position > 1 && result.at(-1)?.kind === "consonant") {
      result.push(vowel("अ", ""), consonant(reduced[1] === "n" ? "न" : "ल"));
      break;
    }
    // An initial u before a single consonant and a vowel is "yu": University → यूनिवर्सिटी.
    if (position === 0 && /^u[^aeiou][aeiouy]/.test(rest)) {
      result.push(vowel("यू", "ू"));
      position += 1;
      continue;
    }
    if (rest === "ea" && position > 0) {
      result.push(vowel("इ", "ि"), consonant("य"), vowel("आ", "ा"));
      break;
    }
    if (rest === "y" && position > 0) {
      result.push(vowel("ई", "ी"));
      break;
    }
    if (rest[0] === "y") {
      result.push(consonant("य"));
      position += 1;
      continue;
    }
    if (rest === "e" && position > 1 && result.at(-1)?.kind === "consonant") break;
    if (rest === "gh") {
      // Singh → सिंह; a final gh after a vowel is silent (Hugh).
      if (word[position - 1] === "n") result.push(consonant("ह"));
      break;
    }
    const group = GROUPS.find(([letters]) => rest.startsWith(letters));
    if (group === undefined) {
      position += 1;
      continue;
    }
    const [letters, groupSounds] = group;
    // A doubled consonant is said once.
    const previous = result.at(-1);
    const first = groupSounds[0];
    if (
      previous?.kind === "consonant" &&
      first?.kind === "consonant" &&
      groupSounds.length === 1 &&
      previous.letter === first.letter
    ) {
      position += letters.length;
      continue;
    }
    result.push(...groupSounds);
    position += letters.length;
  }
  return result;
}

/** Devanagari spelling of one Latin-script name or word (letters only; others are dropped). */
export function transliterateEnglish(word: string): string {
  const list = sounds(word.toLowerCase().replace(/[^a-z]/g, ""));
  let output = "";
  list.forEach((sound, index) => {
    const previous = list[index - 1];
    if (sound.kind === "vowel") {
      output += previous?.kind === "consonant" ? sound.sign : sound.letter;
      return;
    }
    // n or m before another consonant is a nasal sign: Washington → वाशिंगटन.
    const next = list[index + 1];
    if (
      (sound.letter === "न" || sound.letter === "म") &&
      previous?.kind === "vowel" &&
      next?.kind === "consonant"
    ) {
      output += "ं";
      return;
    }
    if (previous?.kind === "consonant" && !output.endsWith("ं")) output += "्";
    output += sound.letter;
  });
  return output;
}
