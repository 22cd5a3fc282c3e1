/**
 * Regenerates the gloss engine's lexicon files in data/gloss/ from Debian packages:
 *   dict-freedict-eng-hin  FreeDict English–Hindi (GPL-2+)         -> hi-en.json, en-hi.json
 *   apertium-hin           Apertium Hindi morphology (GPL-3)       -> hi-lemmas.json
 *   lttoolbox-dev          provides lt-expand, which lists the Apertium forms
 *
 * Install them with: apt-get install -y dict-freedict-eng-hin apertium-hin lttoolbox-dev
 * Run with: npm run build:gloss-data
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { HINDI_COMMON_WORDS } from "../lib/translation/engines/gloss/hindi-common-words";
import { HINDI_FUNCTION_WORDS } from "../lib/translation/engines/gloss/hindi-function-words";
import { hindiKey } from "../lib/text/hindi-key";
import { writeEnglishHindiSenses } from "./gloss-data/english-hindi";

const FREEDICT = "/usr/share/dictd/freedict-eng-hin.dict.dz";
const APERTIUM_DIX = "/usr/share/apertium/apertium-hin/apertium-hin.hin.dix";
const OUTPUT = path.join(import.meta.dirname, "..", "data", "gloss");

for (const [file, pkg] of [
  [FREEDICT, "dict-freedict-eng-hin"],
  [APERTIUM_DIX, "apertium-hin"],
] as const) {
  if (!existsSync(file)) {
    console.error(`Missing ${file}. Install it with: apt-get install -y ${pkg} lttoolbox-dev`);
    process.exit(1);
  }
}

const DEVANAGARI_PHRASE = /^[\u0900-\u097F\u200C\u200D]+( [\u0900-\u097F\u200C\u200D]+)*$/;
const MAX_HINDI_WORDS = 3;
const MAX_ENGLISH_WORDS = 3;
const SENSES_KEPT = 3;

/** Splits one FreeDict sense line into clean Hindi alternatives. */
function hindiAlternatives(senseText: string): string[] {
  const withoutNotes = senseText.replace(/\{[^}]*\}/g, "").replace(/\([^)]*\)/g, "");
  const alternatives: string[] = [];
  for (const raw of withoutNotes.split(/[,;/]/)) {
    const bracket = raw.match(/^(.*?)\[([^\]]*)\](.*)$/);
    // "उन्मूलन~करना[होना]": the bracket offers another last word for the same sense.
    const variants = bracket
      ? [`${bracket[1]}${bracket[3]}`, `${(bracket[1] ?? "").replace(/[^~\s]+$/, "")}${bracket[2]}`]
      : [raw];
    for (const variant of variants) {
      const phrase = variant.replace(/~/g, " ").replace(/\s+/g, " ").trim().normalize("NFC");
      if (phrase === "" || !DEVANAGARI_PHRASE.test(phrase)) continue;
      if (phrase.split(" ").length > MAX_HINDI_WORDS) continue;
      alternatives.push(phrase);
    }
  }
  return alternatives;
}

function parseFreeDict() {
  const text = gunzipSync(readFileSync(FREEDICT)).toString("utf8");
  const hindiToEnglish = new Map<string, Map<string, number>>();
  const englishToHindi = new Map<string, { hindi: string; score: number }[]>();
  let headword: string | null = null;
  let pos = "";
  for (const line of text.split("\n")) {
    const head = line.match(/^([A-Za-z][A-Za-z' .-]*?) (?:\/[^/]*\/ )?<([A-Za-z]+)>\s*$/);
    if (head) {
      headword = (head[1] ?? "").trim();
      pos = head[2] ?? "";
      if (headword.split(/\s+/).length > MAX_ENGLISH_WORDS) headword = null;
      continue;
    }
    const sense = line.match(/^(\d+)\. (.*)$/);
    if (!sense || headword === null) continue;
    const senseIndex = Number(sense[1]);
    const alternatives = hindiAlternatives(sense[2] ?? "");
    alternatives.forEach((hindi, position) => {
      // Earlier senses and earlier alternatives are the dictionary's own ranking; shorter,
      // single-word English headwords are on the whole the commoner words.
      const english = headword as string;
      const score =
        (senseIndex - 1) * 3 +
        position * 1.5 +
        (english.includes(" ") ? 2 : 0) +
        english.length / 12 +
        (hindi.includes(" ") ? 0.5 : 0) +
        (/^[A-Z]/.test(english) ? 1 : 0) +
        (pos === "Adv" && english.endsWith("ly") ? 0.5 : 0);
      const key = hindiKey(hindi);
      const senses = hindiToEnglish.get(key) ?? new Map<string, number>();
      const lowered = /^[A-Z][a-z]/.test(english) ? english : english.toLowerCase();
      senses.set(lowered, Math.min(senses.get(lowered) ?? Number.POSITIVE_INFINITY, score));
      hindiToEnglish.set(key, senses);

      const forward = englishToHindi.get(english.toLowerCase()) ?? [];
      forward.push({
        hindi,
        score: (senseIndex - 1) * 3 + position * 1.5 + (hindi.includes(" ") ? 1 : 0),
      });
      englishToHindi.set(english.toLowerCase(), forward);
    });
  }
  return { hindiToEnglish, englishToHindi };
}

function rankedRecord<T>(map: Map<string, T>, rank: (value: T) => string[]) {
  const record: Record<string, string[]> = {};
  for (const key of [...map.keys()].sort()) {
    const ranked = rank(map.get(key) as T);
    if (ranked.length > 0) record[key] = ranked;
  }
  return record;
}

const TENSE_TAGS = ["perf", "fut", "prs", "impf", "inf", "agnt", "imp", "gna", "stem"];

function parseApertium(lexiconKeys: Set<string>) {
  const expanded = execFileSync("lt-expand", [APERTIUM_DIX], {
    maxBuffer: 512 * 1024 * 1024,
  }).toString("utf8");
  // The first analysis of a form wins; for nouns, the number is kept only when every analysis
  // of the form is plural (लोगों is plural; लड़के may be either, so it stays unmarked).
  const chosen = new Map<string, { lemmaKey: string; tag: string; plural: boolean }>();
  for (const line of expanded.split("\n")) {
    // ":<:" lines are generation-only forms; analysis needs ":" and ":>:".
    const match = line.match(/^(.+?):(?:>:)?([^<:][^<]*)<([a-z]+)>(.*)$/);
    if (!match || line.includes(":<:")) continue;
    const [, surface = "", lemma = "", category = "", rest = ""] = match;
    // Apertium tags रह, सक, चुक and the like as auxiliaries (vaux); they inflect as verbs.
    const isVerb = category === "vblex" || category === "vaux";
    const lemmaKey = hindiKey(isVerb ? `${lemma}ना` : lemma);
    const surfaceKey = hindiKey(surface);
    if (surfaceKey === lemmaKey || !lexiconKeys.has(lemmaKey)) continue;
    if (lexiconKeys.has(surfaceKey) && !isVerb) continue;
    const tag = isVerb
      ? (TENSE_TAGS.find((tense) => rest.includes(`<${tense}>`)) ?? "v")
      : category;
    const plural = category === "n" && rest.includes("<pl>");
    const existing = chosen.get(surfaceKey);
    if (existing === undefined) chosen.set(surfaceKey, { lemmaKey, tag, plural });
    else if (existing.tag === "n" && category === "n" && !plural) existing.plural = false;
  }
  const lemmas: Record<string, string> = {};
  for (const [surfaceKey, entry] of [...chosen.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    lemmas[surfaceKey] =
      `${entry.lemmaKey}|${entry.tag === "n" && entry.plural ? "n-pl" : entry.tag}`;
  }
  return lemmas;
}

const { hindiToEnglish, englishToHindi } = parseFreeDict();
// Round-trip agreement: an English sense whose own first Hindi rendering is this very word is
// the word's usual meaning (घर → house, not flat); one that lists it later is a likely meaning.
const backKeys = new Map<string, string[]>();
for (const [english, candidates] of englishToHindi) {
  backKeys.set(
    english,
    [...candidates].sort((a, b) => a.score - b.score).map((candidate) => hindiKey(candidate.hindi)),
  );
}
const hiEn: Record<string, string[]> = {};
for (const key of [...hindiToEnglish.keys()].sort()) {
  const senses = hindiToEnglish.get(key) ?? new Map<string, number>();
  const ranked = [...senses.entries()]
    .map(([english, score]): [string, number] => {
      const position = (backKeys.get(english.toLowerCase()) ?? []).indexOf(key);
      return [english, score - (position === 0 ? 4 : position > 0 ? 1.5 : 0)];
    })
    .sort((a, b) => a[1] - b[1])
    .slice(0, SENSES_KEPT)
    .map(([english]) => english);
  if (ranked.length > 0) hiEn[key] = ranked;
}
const enHi = rankedRecord(englishToHindi, (candidates) => {
  const seen = new Set<string>();
  return candidates
    .sort((a, b) => a.score - b.score)
    .map((candidate) => candidate.hindi)
    .filter((hindi) => (seen.has(hindi) ? false : (seen.add(hindi), true)))
    .slice(0, SENSES_KEPT);
});
// Lemmas may also point at words the team's own tables translate.
const ownKeys = [...Object.keys(HINDI_FUNCTION_WORDS), ...Object.keys(HINDI_COMMON_WORDS)].map(
  (word) => hindiKey(word),
);
const lemmas = parseApertium(new Set([...Object.keys(hiEn), ...ownKeys]));

writeFileSync(path.join(OUTPUT, "hi-en.json"), `${JSON.stringify(hiEn)}\n`);
writeFileSync(path.join(OUTPUT, "en-hi.json"), `${JSON.stringify(enHi)}\n`);
writeFileSync(path.join(OUTPUT, "hi-lemmas.json"), `${JSON.stringify(lemmas)}\n`);
console.log(`en-hi senses: ${writeEnglishHindiSenses(OUTPUT)} words`);
console.log(
  `hi-en: ${Object.keys(hiEn).length} keys, en-hi: ${Object.keys(enHi).length} keys, lemmas: ${Object.keys(lemmas).length} forms`,
);
