import type { LanguageCode } from "@/lib/translation/engine-spec";

export type ViewMode = "side-by-side" | "original" | "translation" | "interleaved";

export const VIEW_MODES: readonly ViewMode[] = [
  "side-by-side",
  "original",
  "translation",
  "interleaved",
];

/** How the reader presents an engine that produced a paragraph. */
export interface EngineBadge {
  label: string;
  draft: boolean;
}

/**
 * Saves a correction of one row's translation; resolves with whether it raced another edit and
 * whether, without the edit key, it was kept as a suggestion instead.
 */
export type SaveRevision = (
  index: number,
  text: string,
  author: string | null,
) => Promise<{ conflict: boolean; suggestion: boolean }>;

export interface ReaderDirection {
  source: LanguageCode;
  target: LanguageCode;
}

/**
 * Whether the reader is mainly showing the translation, which decides the summary's language.
 * Swapping the columns only moves them: the summary stays in the language being read.
 */
export function readsTranslation(mode: ViewMode): boolean {
  return mode !== "original";
}

/** Where an article came from, when it was imported or opened from a permalink. */
export interface ArticleDetails {
  title: string | null;
  byline: string | null;
  sourceUrl: string | null;
}
