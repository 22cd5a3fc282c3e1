"use client";

import { useMemo } from "react";
import type { TranslateInput } from "@/lib/api-client/api-client";
import type { GlossaryEntry } from "@/lib/glossary/glossary";
import { useReaderGlossary } from "./use-reader-glossary";

/**
 * The reader's input with the reader's glossary for its direction attached, so every request
 * made from it (the stream, retries, summaries, browser engines) applies the glossary. The
 * glossary is not part of the query key: an article already on screen (or opened from its
 * permalink) stays as it was translated, and a changed glossary applies to the next one.
 */
export function useGlossaryInput(input: TranslateInput): TranslateInput {
  const entries = useReaderGlossary();
  return useMemo(() => withGlossary(input, entries), [entries, input]);
}

/** The input with the entries for its direction attached (itself when there are none). */
export function withGlossary(
  input: TranslateInput,
  entries: readonly GlossaryEntry[],
): TranslateInput {
  const glossary = entries.filter((entry) => entry.language === input.source);
  return glossary.length > 0 ? { ...input, glossary } : input;
}
