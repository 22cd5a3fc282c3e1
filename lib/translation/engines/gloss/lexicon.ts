import "server-only";

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { readEnglishSenseTable } from "./english-senses-file";
import { ownKeyTable, type GlossLexicon } from "./lexicon-types";
import { createLoanwordIndex, type LoanwordIndex } from "./loanwords";

export type { GlossLexicon } from "./lexicon-types";

export const DEFAULT_LEXICON_DIRECTORY = path.join(process.cwd(), "data", "gloss");

const loaded = new Map<string, GlossLexicon>();

function readJson<T>(directory: string, file: string): T {
  return JSON.parse(readFileSync(path.join(directory, file), "utf8")) as T;
}

/** Loads (once per directory) the lexicon files. Throws when a file is missing or corrupt. */
export function loadGlossLexicon(directory: string = DEFAULT_LEXICON_DIRECTORY): GlossLexicon {
  const cached = loaded.get(directory);
  if (cached !== undefined) return cached;
  const classes = readJson<{ nounsInNa: string[]; phraseStarts: string[] }>(
    directory,
    "hi-word-classes.json",
  );
  let loanwords: LoanwordIndex | undefined;
  // English→Hindi's table is read on its first use: a Hindi reader never needs it, and it is a
  // fifth of what the load parses. Its presence is still checked now, so a missing file fails
  // the load as before.
  const englishToHindiFile = path.join(directory, "en-hi.json");
  if (!existsSync(englishToHindiFile)) throw new Error(`Missing ${englishToHindiFile}`);
  let englishToHindi: Record<string, string[]> | undefined;
  const lexicon: GlossLexicon = {
    hindiToEnglish: ownKeyTable(readJson<Record<string, string>>(directory, "hi-en.json")),
    get englishToHindi() {
      englishToHindi ??= readJson<Record<string, string[]>>(directory, "en-hi.json");
      return englishToHindi;
    },
    hindiLemmas: ownKeyTable(readJson<Record<string, string>>(directory, "hi-lemmas.json")),
    hindiNames: ownKeyTable(readJson<Record<string, string>>(directory, "hi-names.json")),
    hindiNounsInNa: new Set(classes.nounsInNa),
    hindiPhraseStarts: new Set(classes.phraseStarts),
    englishSenses: readEnglishSenseTable(directory),
    // Built on the first unknown word: work that many texts never need.
    loanwords: {
      lookup(phonemes) {
        loanwords ??= createLoanwordIndex(
          readFileSync(path.join(directory, "en-pronunciations.txt"), "utf8"),
        );
        return loanwords.lookup(phonemes);
      },
    },
  };
  loaded.set(directory, lexicon);
  return lexicon;
}
