import { termPattern, type GlossaryEntry } from "./glossary";

/*
 * Glossary terms are taken out of the text before an engine sees it and put back afterwards.
 * Each occurrence becomes a placeholder like "GX1Q": capital Latin letters around a number,
 * which every engine here copies through (the gloss passes words mixing letters and digits
 * unchanged, LLMs and MT services leave such codes alone) and which no article contains.
 * Engines still mangle them now and then ("gx 1 q", "GX1Q's", "जीएक्स1क्यू"), so restoring is
 * lenient about case and spacing, and reports any placeholder it could not find.
 */

export interface ProtectedText {
  /** The text with each glossary term replaced by its placeholder. */
  text: string;
  /** Rendering per placeholder number (1-based), in order of appearance. */
  slots: string[];
}

export interface RestoredText {
  text: string;
  /** Placeholders the engine's output lacked: the glossary could not be applied. */
  missing: number[];
}

const placeholder = (slot: number) => `GX${slot}Q`;
// Lenient: any case, spaces or dots between the parts, as engines return them.
const PLACEHOLDER_PATTERN =
  /(?<![A-Za-z0-9])g\s?\.?\s?x\s?\.?\s?(\d{1,3})\s?\.?\s?q(?![A-Za-z])/giu;

/** Replaces every occurrence of the entries' terms (longest first) with placeholders. */
export function protectTerms(text: string, entries: readonly GlossaryEntry[]): ProtectedText {
  const slots: string[] = [];
  // Placeholders are written into the text as it goes; longer terms are replaced first, and a
  // placeholder never matches a later (shorter) term because it is Latin letters and digits.
  let result = text;
  for (const entry of entries) {
    result = result.replace(termPattern(entry.term), (found) => {
      slots.push(entry.rendering ?? found);
      return placeholder(slots.length);
    });
  }
  return { text: result, slots };
}

/** Puts each placeholder's rendering back, and names the placeholders that did not come back. */
export function restoreTerms(translation: string, slots: readonly string[]): RestoredText {
  if (slots.length === 0) return { text: translation, missing: [] };
  const seen = new Set<number>();
  const text = translation.replace(PLACEHOLDER_PATTERN, (found, digits: string) => {
    const slot = Number(digits);
    const rendering = slots[slot - 1];
    if (rendering === undefined) return found;
    seen.add(slot);
    return rendering;
  });
  const missing = slots.map((_, index) => index + 1).filter((slot) => !seen.has(slot));
  return { text, missing };
}
