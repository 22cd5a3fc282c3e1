import type { LanguageCode } from "@/lib/text/language";

/*
 * A glossary of fixed renderings: a term in one language and how it must always be written in
 * the other, or kept exactly as it is. The reader keeps one in the browser; the operator may set
 * one for everyone (GLOSSARY_FILE). Pure code, shared by the server and the browser.
 */

export interface GlossaryEntry {
  /** The term as it appears in the source text. */
  term: string;
  /** Language the term is written in: the entry applies when translating out of it. */
  language: LanguageCode;
  /** The required rendering, or null to keep the term exactly as it is. */
  rendering: string | null;
}

/** Most entries one glossary may hold; each is a regular expression run on every paragraph. */
export const MAX_GLOSSARY_ENTRIES = 500;
/** Longest term or rendering, in characters. */
export const MAX_GLOSSARY_TERM = 200;

const LETTER = "\\p{L}\\p{M}\\p{N}";
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** How an entry's term is written once cleaned: NFC, single spaces, trimmed. */
export function cleanTerm(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

// Compiled patterns by term and flags: a glossary's terms are looked for in every paragraph.
const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 5_000;

/**
 * A pattern finding the term as a whole word (never inside a longer word), in any letter case
 * for Latin script: "BJP" also matches "bjp", "पाटिल" never matches inside "पाटिलों". Patterns
 * are shared: use a global one only with `replace`/`matchAll`, which reset its position.
 */
export function termPattern(term: string, flags: "gu" | "u" = "gu"): RegExp {
  const key = `${flags}\u0000${term}`;
  let pattern = compiled.get(key);
  if (pattern === undefined) {
    const body = cleanTerm(term).split(" ").map(escape).join("\\s+");
    pattern = new RegExp(`(?<![${LETTER}])${body}(?![${LETTER}])`, `${flags}i`);
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(key, pattern);
  }
  return pattern;
}

/**
 * The entries that apply to one direction, longest term first so "M.B. Patil" wins over
 * "Patil". A later entry for the same term replaces an earlier one, so a reader's own entry
 * (merged after the operator's) is the one used.
 */
export function entriesFor(
  entries: readonly GlossaryEntry[],
  source: LanguageCode,
): GlossaryEntry[] {
  const byTerm = new Map<string, GlossaryEntry>();
  for (const entry of entries) {
    if (entry.language !== source) continue;
    const term = cleanTerm(entry.term);
    if (term === "") continue;
    byTerm.set(term.toLowerCase(), {
      term,
      language: entry.language,
      rendering: entry.rendering === null ? null : cleanTerm(entry.rendering) || null,
    });
  }
  return [...byTerm.values()].sort((a, b) => b.term.length - a.term.length);
}

/**
 * Reads an operator's glossary file. Either JSON (an array of `{term, language, rendering}`)
 * or lines of `language<TAB>term<TAB>rendering`, where an empty rendering keeps the term and
 * lines starting with # are comments. Throws with the line number on anything else.
 */
export function parseGlossaryFile(text: string): GlossaryEntry[] {
  const trimmed = text.trim();
  if (trimmed.startsWith("[")) {
    const parsed: unknown = JSON.parse(trimmed);
    if (!Array.isArray(parsed)) throw new Error("The glossary must be a JSON array.");
    return parsed.map((item: unknown, index) => checkEntry(item, `entry ${index + 1}`));
  }
  const entries: GlossaryEntry[] = [];
  trimmed.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "" || line.trimStart().startsWith("#")) return;
    const [language, term, rendering = ""] = line.split("\t");
    entries.push(
      checkEntry(
        { language: language?.trim(), term, rendering: rendering.trim() || null },
        `line ${index + 1}`,
      ),
    );
  });
  return entries;
}

function checkEntry(item: unknown, where: string): GlossaryEntry {
  const record = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
  const { term, language, rendering } = record;
  if (language !== "hi" && language !== "en")
    throw new Error(`Glossary ${where}: language must be "hi" or "en".`);
  if (typeof term !== "string" || cleanTerm(term) === "" || term.length > MAX_GLOSSARY_TERM)
    throw new Error(`Glossary ${where}: term must be 1–${MAX_GLOSSARY_TERM} characters.`);
  if (
    rendering !== null &&
    rendering !== undefined &&
    (typeof rendering !== "string" || rendering.length > MAX_GLOSSARY_TERM)
  )
    throw new Error(`Glossary ${where}: rendering must be text or null.`);
  return {
    term: cleanTerm(term),
    language,
    rendering:
      typeof rendering === "string" && cleanTerm(rendering) !== "" ? cleanTerm(rendering) : null,
  };
}
