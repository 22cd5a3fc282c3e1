/**
 * Builds data/gloss/en-hi-senses.json, the English→Hindi sense table of the gloss engine, from
 *   - the Apertium English–Hindi bilingual dictionary (../shared/data/apertium-eng-hin, GPL),
 *   - FreeDict English–Hindi (Debian package dict-freedict-eng-hin, GPL-2+),
 *   - Apertium Hindi morphology (Debian package apertium-hin, GPL-3) for noun gender, verb
 *     infinitives and the list of ordinary Hindi lemmas,
 *   - the team's own Hindi→English tables, which win where they have decided a word.
 *
 * Each English word keeps up to three Hindi senses per part of speech, ranked by: agreement
 * between the two dictionaries, FreeDict's own sense order, round-trip agreement (the Hindi
 * word's first English sense is this word), the team's tables, and whether the Hindi word is an
 * ordinary lemma of Apertium's Hindi dictionary. Apertium lists its senses alphabetically, so
 * its order carries no information and is not used.
 *
 * Output format (kept compact so it loads fast and is parsed lazily per word):
 *   { "route": "n:मार्ग/m|रास्ता/m;v:भेज दे/t", ... }
 * part of speech n (noun), np (proper noun), v (verb stem), adj, adv; after "/" a noun's gender
 * (m, f) or a verb's transitivity (t, i).
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sharedDirectory } from "./shared-directory";
import { gunzipSync } from "node:zlib";
import { HINDI_COMMON_WORDS } from "../../lib/translation/engines/gloss/hindi-common-words";
import { HINDI_FUNCTION_WORDS } from "../../lib/translation/engines/gloss/hindi-function-words";
import { hindiKey } from "../../lib/text/hindi-key";

export type SensePart = "n" | "np" | "v" | "adj" | "adv";

interface Candidate {
  hindi: string;
  /** m/f for nouns, t/i for verbs, "" when unknown. */
  feature: string;
  apertium: boolean;
  freedict: boolean;
  /** FreeDict's own position of this sense (0 = first), or undefined. */
  freedictRank?: number;
}

const FREEDICT = "/usr/share/dictd/freedict-eng-hin.dict.dz";
const HINDI_DIX = "/usr/share/apertium/apertium-hin/apertium-hin.hin.dix";
const DEVANAGARI_PHRASE = /^[\u0900-\u097F\u200C\u200D]+( [\u0900-\u097F\u200C\u200D]+)*$/;
const MAX_HINDI_WORDS = 3;
const SENSES_KEPT = 3;

const APERTIUM_PARTS: Record<string, SensePart> = {
  n: "n",
  np: "np",
  vblex: "v",
  adj: "adj",
  adv: "adv",
};

function parseApertiumBilingual(file: string, add: AddSense): void {
  const text = readFileSync(file, "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const entry = /<e(?:\s[^>]*)?>\s*<p>\s*<l>([^<]*)((?:<s n="[^"]*"\/>)*)<\/l>\s*<r>(.*?)<\/r>/g;
  for (const match of text.matchAll(entry)) {
    const [, leftWord = "", leftTags = "", right = ""] = match;
    const part = APERTIUM_PARTS[/<s n="([^"]*)"/.exec(leftTags)?.[1] ?? ""];
    if (part === undefined) continue;
    const hindi = right
      .replace(/<b\/>/g, " ")
      .replace(/<s n="[^"]*"\/>/g, "")
      .replace(/\s+/g, " ")
      .trim()
      .normalize("NFC");
    const tags = [...right.matchAll(/<s n="([^"]*)"\/>/g)].map((tag) => tag[1]);
    const feature = tags.includes("f")
      ? "f"
      : tags.includes("m")
        ? "m"
        : tags.includes("tv")
          ? "t"
          : tags.includes("iv")
            ? "i"
            : "";
    const english = leftWord.replace(/<b\/>/g, " ").trim();
    // A capitalised noun entry ("March", "Tuesday") is a name: kept apart from the common noun.
    const namePart = part === "n" && /^[A-Z][a-z]/.test(english) ? "np" : part;
    add(english, namePart, hindi, feature, "apertium");
  }
}

const FREEDICT_PARTS: Record<string, SensePart> = {
  N: "n",
  PropN: "np",
  V: "v",
  VI: "v",
  VT: "v",
  VTI: "v",
  MV: "v",
  PhrV: "v",
  PhrVI: "v",
  PhrVT: "v",
  Adj: "adj",
  Adv: "adv",
};

function parseFreeDict(file: string, add: AddSense): void {
  const text = gunzipSync(readFileSync(file)).toString("utf8");
  let headword: string | null = null;
  let part: SensePart | undefined;
  let transitivity = "";
  let rank = 0;
  for (const line of text.split("\n")) {
    const head = line.match(/^([A-Za-z][A-Za-z' .-]*?) (?:\/[^/]*\/ )?<([A-Za-z]+)>\s*$/);
    if (head) {
      headword = (head[1] ?? "").trim();
      part = FREEDICT_PARTS[head[2] ?? ""];
      transitivity = head[2] === "VT" || head[2] === "PhrVT" ? "t" : head[2] === "VI" ? "i" : "";
      rank = 0;
      if (headword.split(/\s+/).length > 3) headword = null;
      continue;
    }
    const sense = line.match(/^\d+\. (.*)$/);
    if (!sense || headword === null || part === undefined) continue;
    const withoutNotes = (sense[1] ?? "").replace(/\{[^}]*\}/g, "").replace(/\([^)]*\)/g, "");
    for (const raw of withoutNotes.split(/[,;/]/)) {
      let hindi = raw
        .replace(/\[[^\]]*\]/g, "")
        .replace(/~/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .normalize("NFC");
      if (part === "v") {
        // FreeDict gives verbs as infinitives; the engine inflects stems.
        if (!hindi.endsWith("ना")) continue;
        hindi = hindi.slice(0, -2).trim();
      }
      if (hindi === "") continue;
      add(headword, part, hindi, transitivity, "freedict", rank);
      rank += 1;
    }
  }
}

type AddSense = (
  english: string,
  part: SensePart,
  hindi: string,
  feature: string,
  source: "apertium" | "freedict",
  rank?: number,
) => void;

interface HindiMorphology {
  genders: Map<string, string>;
  lemmas: Set<string>;
  infinitives: Set<string>;
}

function readHindiMorphology(file: string): HindiMorphology {
  const genders = new Map<string, string>();
  const lemmas = new Set<string>();
  const infinitives = new Set<string>();
  if (!existsSync(file)) return { genders, lemmas, infinitives };
  for (const match of readFileSync(file, "utf8").matchAll(/lm="([^"]+)"/g)) {
    lemmas.add((match[1] ?? "").normalize("NFC"));
  }
  try {
    const expanded = execFileSync("lt-expand", [file], { maxBuffer: 512 * 1024 * 1024 });
    for (const line of expanded.toString("utf8").split("\n")) {
      const noun = /^[^:]+:(?:>:)?([^<]+)<n><([mf])>/.exec(line);
      if (noun && !genders.has(noun[1] ?? "")) genders.set(noun[1] ?? "", noun[2] ?? "m");
      // Infinitives are the surface forms tagged <inf> (बनाना:बना<vblex><tv><inf>…).
      const verb = /^([^:]+):(?:>:)?[^<]+<vblex>.*<inf>/.exec(line);
      if (verb) infinitives.add((verb[1] ?? "").normalize("NFC"));
    }
  } catch {
    // Without lttoolbox the table still builds; nouns default to masculine.
  }
  return { genders, lemmas, infinitives };
}

/** Where the Debian-packaged sources are; tests point these at their own small files. */
export interface PackagedSources {
  freedict: string;
  hindiDictionary: string;
}

/** Builds the sense table; returns it without writing. Missing Debian sources are skipped. */
export function buildEnglishHindiSenses(
  sharedDirectory: string,
  hindiToEnglish: Record<string, string[]>,
  sources: PackagedSources = { freedict: FREEDICT, hindiDictionary: HINDI_DIX },
): Record<string, string> {
  const candidates = new Map<string, Map<SensePart, Map<string, Candidate>>>();
  const morphology = readHindiMorphology(sources.hindiDictionary);
  const add: AddSense = (english, givenPart, hindi, feature, source, rank) => {
    if (!DEVANAGARI_PHRASE.test(hindi) || hindi.split(" ").length > MAX_HINDI_WORDS) return;
    // A Hindi infinitive listed as an adjective or noun ("manufacture" → बनाना) is a verb.
    // (Not for -ing and -ed words, whose verb sense comes from their base form.)
    const infinitive =
      givenPart !== "v" &&
      !/(?:ing|ed)$/.test(english) &&
      hindi.endsWith("ना") &&
      morphology.infinitives.has(hindi);
    const part = infinitive ? "v" : givenPart;
    if (infinitive) hindi = hindi.slice(0, -2);
    if (!/^[A-Za-z][A-Za-z' .-]*$/.test(english)) return;
    const key = english.toLowerCase();
    const parts = candidates.get(key) ?? new Map<SensePart, Map<string, Candidate>>();
    candidates.set(key, parts);
    const senses = parts.get(part) ?? new Map<string, Candidate>();
    parts.set(part, senses);
    const existing = senses.get(hindi) ?? { hindi, feature, apertium: false, freedict: false };
    if (existing.feature === "" && feature !== "") existing.feature = feature;
    existing[source] = true;
    if (rank !== undefined) existing.freedictRank = Math.min(existing.freedictRank ?? rank, rank);
    senses.set(hindi, existing);
  };
  parseApertiumBilingual(
    path.join(sharedDirectory, "data", "apertium-eng-hin", "apertium-eng-hin.eng-hin.dix"),
    add,
  );
  if (existsSync(sources.freedict)) parseFreeDict(sources.freedict, add);

  // The team's tables map Hindi to English; where they render a Hindi word as this English
  // word, that Hindi word is the one the team chose.
  const teamChoices = new Set<string>();
  for (const [hindi, english] of Object.entries({
    ...HINDI_COMMON_WORDS,
    ...HINDI_FUNCTION_WORDS,
  })) {
    for (const word of english.toLowerCase().split(/[,/]/)) {
      teamChoices.add(`${word.trim()}\t${hindiKey(hindi)}`);
    }
  }

  const score = (english: string, part: SensePart, candidate: Candidate): number => {
    const key = hindiKey(part === "v" ? `${candidate.hindi}ना` : candidate.hindi);
    const words = candidate.hindi.split(" ");
    const head = words[0] ?? "";
    const back = Object.hasOwn(hindiToEnglish, key) ? (hindiToEnglish[key] ?? []) : [];
    let total = 0;
    if (candidate.apertium) total += 3;
    if (candidate.freedict) total += 3 - Math.min(2, (candidate.freedictRank ?? 0) * 0.7);
    if (back[0]?.toLowerCase() === english) total += 2.5;
    else if (back.some((sense) => sense.toLowerCase() === english)) total += 1;
    if (teamChoices.has(`${english}\t${hindiKey(candidate.hindi)}`)) total += 5;
    const ordinary =
      part === "v"
        ? morphology.infinitives.has(`${candidate.hindi}ना`) ||
          morphology.lemmas.has(candidate.hindi)
        : morphology.lemmas.has(candidate.hindi) || morphology.lemmas.has(head);
    if (ordinary) total += 1.5;
    // Longer renderings are paraphrases more often than words.
    const expected = part === "v" ? 2 : 1;
    total -= Math.max(0, words.length - expected) * 0.8;
    return total;
  };

  const table: Record<string, string> = {};
  for (const english of [...candidates.keys()].sort()) {
    const parts = candidates.get(english);
    if (parts === undefined) continue;
    const groups: string[] = [];
    for (const part of ["n", "np", "v", "adj", "adv"] as const) {
      const senses = parts.get(part);
      if (senses === undefined) continue;
      const ranked = [...senses.values()]
        .map((candidate) => ({ candidate, value: score(english, part, candidate) }))
        .sort((a, b) => b.value - a.value || a.candidate.hindi.localeCompare(b.candidate.hindi))
        .slice(0, SENSES_KEPT)
        .map(({ candidate }) => {
          let feature = candidate.feature;
          if (part === "n" || part === "np") {
            const last = candidate.hindi.split(" ").at(-1) ?? "";
            feature = feature || (morphology.genders.get(last) ?? "");
          } else if (part === "v") {
            const light = candidate.hindi.split(" ").at(-1);
            feature =
              feature || (light === "कर" || light === "दे" ? "t" : light === "हो" ? "i" : "");
          } else feature = "";
          return feature === "" ? candidate.hindi : `${candidate.hindi}/${feature}`;
        });
      if (ranked.length > 0) groups.push(`${part}:${ranked.join("|")}`);
    }
    if (groups.length > 0) table[english] = groups.join(";");
  }
  return table;
}

/**
 * Builds and writes en-hi-senses.json into the output folder (data/gloss, whose hi-en.json it
 * reads for round-trip agreement); returns the number of words.
 */
export function writeEnglishHindiSenses(outputDirectory: string): number {
  const shared = sharedDirectory(path.resolve(outputDirectory, "..", ".."));
  if (!existsSync(path.join(shared, "data", "apertium-eng-hin"))) {
    throw new Error(
      "Missing ../shared/data/apertium-eng-hin (or set SHARED_DATA_DIR to the shared folder).",
    );
  }
  // hi-en.json keeps each word's senses as one "|"-joined string (best first).
  const hindiToEnglish: Record<string, string[]> = Object.fromEntries(
    Object.entries(
      JSON.parse(readFileSync(path.join(outputDirectory, "hi-en.json"), "utf8")) as Record<
        string,
        string | string[]
      >,
    ).map(([key, senses]) => [key, typeof senses === "string" ? senses.split("|") : senses]),
  );
  const table = buildEnglishHindiSenses(shared, hindiToEnglish);
  writeFileSync(path.join(outputDirectory, "en-hi-senses.json"), `${JSON.stringify(table)}\n`);
  return Object.keys(table).length;
}
