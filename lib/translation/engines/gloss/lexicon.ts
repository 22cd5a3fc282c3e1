import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";
import type { GlossLexicon } from "./lexicon-types";

export type { GlossLexicon } from "./lexicon-types";

export const DEFAULT_LEXICON_DIRECTORY = path.join(process.cwd(), "data", "gloss");

const loaded = new Map<string, GlossLexicon>();

function readJson(directory: string, file: string): Record<string, never> {
  return JSON.parse(readFileSync(path.join(directory, file), "utf8")) as Record<string, never>;
}

/** Loads (once per directory) the lexicon files. Throws when a file is missing or corrupt. */
export function loadGlossLexicon(directory: string = DEFAULT_LEXICON_DIRECTORY): GlossLexicon {
  const cached = loaded.get(directory);
  if (cached !== undefined) return cached;
  const lexicon: GlossLexicon = {
    hindiToEnglish: readJson(directory, "hi-en.json"),
    englishToHindi: readJson(directory, "en-hi.json"),
    hindiLemmas: readJson(directory, "hi-lemmas.json"),
  };
  loaded.set(directory, lexicon);
  return lexicon;
}
