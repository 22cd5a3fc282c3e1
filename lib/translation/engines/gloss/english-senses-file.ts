import "server-only";

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { senseTableFromJson, type EnglishSenseTable } from "./english-senses";

export const ENGLISH_SENSES_FILE = "en-hi-senses.json";

/**
 * The English→Hindi sense table of a lexicon folder, read on its first lookup (Hindi→English
 * users never pay for it). Undefined when the folder has no such file: the gloss then falls
 * back to the FreeDict table alone.
 */
export function readEnglishSenseTable(directory: string): EnglishSenseTable | undefined {
  const file = path.join(directory, ENGLISH_SENSES_FILE);
  if (!existsSync(file)) return undefined;
  let table: EnglishSenseTable | undefined;
  return {
    lookup(english) {
      table ??= senseTableFromJson(JSON.parse(readFileSync(file, "utf8")));
      return table.lookup(english);
    },
  };
}
