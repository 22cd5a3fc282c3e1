import { MAX_GLOSSARY_ENTRIES, MAX_GLOSSARY_TERM, cleanTerm, type GlossaryEntry } from "./glossary";

/*
 * The reader's own glossary, kept in this browser's localStorage and nowhere else; it travels
 * with each translate request (and to browser engines), never into a saved document. Changes
 * are announced to every subscriber in this tab and, through the storage event, in others.
 */

const STORAGE_KEY = "dvibhashi.glossary";
const listeners = new Set<() => void>();
const EMPTY: GlossaryEntry[] = [];
let snapshot: { raw: string | null; entries: GlossaryEntry[] } = { raw: null, entries: EMPTY };

function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    // Storage refused (privacy settings): the glossary is simply empty.
    return undefined;
  }
}

/** Keeps only well-formed entries, so a hand-edited or old value never breaks a translation. */
function parse(raw: string | null): GlossaryEntry[] {
  if (raw === null) return EMPTY;
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return EMPTY;
    return value
      .filter(
        (item): item is GlossaryEntry =>
          typeof item === "object" &&
          item !== null &&
          typeof item.term === "string" &&
          cleanTerm(item.term) !== "" &&
          item.term.length <= MAX_GLOSSARY_TERM &&
          (item.language === "hi" || item.language === "en") &&
          (item.rendering === null ||
            (typeof item.rendering === "string" && item.rendering.length <= MAX_GLOSSARY_TERM)),
      )
      .slice(0, MAX_GLOSSARY_ENTRIES)
      .map((item) => ({ term: item.term, language: item.language, rendering: item.rendering }));
  } catch {
    return EMPTY;
  }
}

/** The reader's entries; the same array until they change (for useSyncExternalStore). */
export function readReaderGlossary(): GlossaryEntry[] {
  const raw = storage()?.getItem(STORAGE_KEY) ?? null;
  if (raw !== snapshot.raw) snapshot = { raw, entries: parse(raw) };
  return snapshot.entries;
}

export function serverReaderGlossary(): GlossaryEntry[] {
  return EMPTY;
}

function write(entries: GlossaryEntry[]): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(entries.slice(0, MAX_GLOSSARY_ENTRIES)));
  } catch {
    // Full or refused: nothing is saved, and the list shows what is really kept.
  }
  for (const listener of listeners) listener();
}

const sameTerm = (a: GlossaryEntry, b: Pick<GlossaryEntry, "term" | "language">) =>
  a.language === b.language && cleanTerm(a.term).toLowerCase() === cleanTerm(b.term).toLowerCase();

/** Adds an entry, or replaces the one for the same term and language. */
export function saveGlossaryEntry(entry: GlossaryEntry): void {
  const clean: GlossaryEntry = {
    term: cleanTerm(entry.term).slice(0, MAX_GLOSSARY_TERM),
    language: entry.language,
    rendering:
      entry.rendering === null || cleanTerm(entry.rendering) === ""
        ? null
        : cleanTerm(entry.rendering).slice(0, MAX_GLOSSARY_TERM),
  };
  if (clean.term === "") return;
  write([...readReaderGlossary().filter((item) => !sameTerm(item, clean)), clean]);
}

export function removeGlossaryEntry(entry: Pick<GlossaryEntry, "term" | "language">): void {
  write(readReaderGlossary().filter((item) => !sameTerm(item, entry)));
}

export function hasGlossaryEntry(entry: Pick<GlossaryEntry, "term" | "language">): boolean {
  return readReaderGlossary().some((item) => sameTerm(item, entry));
}

export function subscribeReaderGlossary(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}
