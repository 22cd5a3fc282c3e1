import "server-only";

import { readFileSync } from "node:fs";
import path from "node:path";
import { EnvError } from "@/lib/env";
import {
  MAX_GLOSSARY_ENTRIES,
  parseGlossaryFile,
  type GlossaryEntry,
} from "@/lib/glossary/glossary";

/**
 * Reads the operator's glossary named by GLOSSARY_FILE. A file that is missing or malformed
 * stops the server with the variable named, rather than translating without the renderings
 * the operator asked for.
 */
export function loadOperatorGlossary(file: string): GlossaryEntry[] {
  let entries: GlossaryEntry[];
  try {
    entries = parseGlossaryFile(readFileSync(path.resolve(file), "utf8"));
  } catch (error) {
    throw new EnvError(
      [`GLOSSARY_FILE (${file}) cannot be used: ${(error as Error).message}`],
      ["GLOSSARY_FILE"],
    );
  }
  if (entries.length > MAX_GLOSSARY_ENTRIES)
    throw new EnvError(
      [
        `GLOSSARY_FILE holds ${entries.length} entries; at most ${MAX_GLOSSARY_ENTRIES} are allowed.`,
      ],
      ["GLOSSARY_FILE"],
    );
  return entries;
}
