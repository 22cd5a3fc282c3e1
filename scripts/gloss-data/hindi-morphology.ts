import { execFileSync } from "node:child_process";
import { hindiKey } from "../../lib/text/hindi-key";
import { partOfSpeech, type PartOfSpeech } from "./sense-ranking";

/** One analysis of a Hindi surface form by apertium-hin. */
export interface HindiAnalysis {
  surfaceKey: string;
  /** Lemma key; verbs get their infinitive -ना, as the dictionaries write them. */
  lemmaKey: string;
  category: string;
  rest: string;
  /** The surface form is several words (फैल जायी); the gloss finds those through their last word. */
  multiword: boolean;
}

/** Lists every form of the apertium-hin morphology with lt-expand, analysis side only. */
export function expandHindiMorphology(dix: string): HindiAnalysis[] {
  const expanded = execFileSync("lt-expand", [dix], { maxBuffer: 512 * 1024 * 1024 }).toString(
    "utf8",
  );
  const analyses: HindiAnalysis[] = [];
  for (const line of expanded.split("\n")) {
    // ":<:" lines are generation-only forms; analysis needs ":" and ":>:".
    const match = line.match(/^(.+?):(?:>:)?([^<:][^<]*)<([a-z]+)>(.*)$/);
    if (!match || line.includes(":<:")) continue;
    const [, surface = "", lemma = "", category = "", rest = ""] = match;
    // Apertium tags रह, सक, चुक and the like as auxiliaries (vaux); they inflect as verbs.
    const isVerb = category === "vblex" || category === "vaux";
    analyses.push({
      surfaceKey: hindiKey(surface),
      lemmaKey: hindiKey(isVerb ? `${lemma}ना` : lemma),
      category,
      rest,
      multiword: surface.includes(" "),
    });
  }
  return analyses;
}

/** The parts of speech the analyser gives each lemma key (the "analyser POS" for ranking). */
export function lemmaPartsOfSpeech(
  analyses: readonly HindiAnalysis[],
): Map<string, Set<PartOfSpeech>> {
  const table = new Map<string, Set<PartOfSpeech>>();
  for (const analysis of analyses) {
    const set = table.get(analysis.lemmaKey) ?? new Set<PartOfSpeech>();
    set.add(partOfSpeech(analysis.category));
    table.set(analysis.lemmaKey, set);
  }
  return table;
}

const TENSE_TAGS = ["perf", "fut", "prs", "impf", "inf", "agnt", "imp", "gna", "stem"];

/**
 * Inflected form key → "lemmaKey|tag" for forms whose lemma the lexicon knows. The first
 * analysis of a form wins; for nouns, the number is kept only when every analysis of the form
 * is plural (लोगों is plural; लड़के may be either, so it stays unmarked).
 */
export function lemmaTable(
  analyses: readonly HindiAnalysis[],
  lexiconKeys: ReadonlySet<string>,
): Record<string, string> {
  const chosen = new Map<string, { lemmaKey: string; tag: string; plural: boolean }>();
  for (const { surfaceKey, lemmaKey, category, rest, multiword } of analyses) {
    // Compound verbs (विचार किया) are found through their last word's lemma at gloss time.
    if (multiword) continue;
    const isVerb = category === "vblex" || category === "vaux";
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
  for (const [surfaceKey, entry] of [...chosen.entries()].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    lemmas[surfaceKey] =
      `${entry.lemmaKey}|${entry.tag === "n" && entry.plural ? "n-pl" : entry.tag}`;
  }
  return lemmas;
}
