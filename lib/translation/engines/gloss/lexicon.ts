import "server-only";

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readEnglishSenseTable } from "./english-senses-file";
import type { GlossLexicon } from "./lexicon-types";
import { createLoanwordIndex, type LoanwordIndex } from "./loanwords";

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
  const englishToHindi: Record<string, string[]> = readJson(directory, "en-hi.json");
  let loanwords: LoanwordIndex | undefined;
  const lexicon: GlossLexicon = {
    hindiToEnglish: readJson(directory, "hi-en.json"),
    englishToHindi,
    hindiLemmas: readJson(directory, "hi-lemmas.json"),
    englishSenses: readEnglishSenseTable(directory),
    // Built on the first unknown word: about a second of work that many texts never need.
    loanwords: {
      lookup(romanized) {
        loanwords ??= createLoanwordIndex(readEnglishWords(), new Set(Object.keys(englishToHindi)));
        return loanwords.lookup(romanized);
      },
    },
  };
  loaded.set(directory, lexicon);
  return lexicon;
}

/** The MIT-licensed English word list from the an-array-of-english-words package, if installed. */
function readEnglishWords(): string[] {
  const file = path.join(process.cwd(), "node_modules", "an-array-of-english-words", "index.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as string[]) : [];
}
