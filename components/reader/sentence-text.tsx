"use client";

import { memo, use, useMemo } from "react";
import { AidedSentence } from "@/components/reading-aids/aided-sentence";
import { RomanizationContext } from "@/components/reading-aids/reading-aids-context";
import type { SentenceAlignment } from "@/lib/translation/engine-spec";
import type { RomanizationScheme } from "@/lib/transliteration/hindi-romanization";
import { untranslatedWords } from "@/lib/transliteration/untranslated-words";

interface SentenceTextProps {
  text: string;
  alignments: readonly SentenceAlignment[];
  side: "source" | "target";
  activeSentence: number | null;
  onActivate: (sentence: number | null) => void;
  /**
   * The other side's paragraph, given for a translation: its Hindi words that the engine wrote
   * out by sound in the English are marked (see AidedSentence).
   */
  counterpart?: string;
  /**
   * The romanised line's scheme for this text, decided by the caller (the reader's rows give
   * it only while on or near the screen, see row-presence.ts); left out, the setting is read
   * from the reading aids' context.
   */
  romanization?: RomanizationScheme | null;
}

const DEVANAGARI = /[\u0900-\u097F]/;

/**
 * Renders a paragraph with each aligned sentence in its own span, so that hovering or
 * focusing a sentence can highlight its counterpart on the other side. Text outside every
 * range (spaces between sentences) is rendered too: nothing of the paragraph is dropped.
 * Always text nodes, never HTML. Memoised: a row re-rendering for its flip leaves its
 * sentences alone.
 */
export const SentenceText = memo(function SentenceText({
  text,
  alignments,
  side,
  activeSentence,
  onActivate,
  counterpart,
  romanization,
}: SentenceTextProps) {
  // Only a Hindi paragraph reads the romanised line's setting (`use` may be called
  // conditionally), so turning the line on re-renders the Hindi side and not the English.
  const hindi = DEVANAGARI.test(text);
  const scheme = !hindi
    ? null
    : romanization !== undefined
      ? romanization
      : use(RomanizationContext);
  // With the romanised line a Hindi paragraph's sentences are blocks (see AidedSentence).
  const romanizing = scheme !== null;
  const ranges = alignments
    .map((alignment, index) => ({ index, start: alignment[side][0], end: alignment[side][1] }))
    .filter((range) => range.start >= 0 && range.end <= text.length && range.start < range.end)
    .sort((a, b) => a.start - b.start);
  // Per sentence: the English words that are the Hindi sentence's words written out by sound.
  const untranslated = useMemo(() => {
    if (counterpart === undefined || !DEVANAGARI.test(counterpart) || DEVANAGARI.test(text))
      return null;
    const other = side === "target" ? "source" : "target";
    return alignments.map((alignment) =>
      untranslatedWords(
        text.slice(alignment[side][0], alignment[side][1]),
        counterpart.slice(alignment[other][0], alignment[other][1]),
      ),
    );
  }, [alignments, counterpart, side, text]);
  if (ranges.length === 0)
    return (
      <AidedSentence
        text={text}
        index={null}
        active={false}
        onActivate={onActivate}
        romanization={scheme}
      />
    );
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue;
    const gap = text.slice(cursor, range.start);
    // With the romanised line each sentence is a block: a space between blocks would be a line.
    if (range.start > cursor && !(romanizing && gap.trim() === "")) parts.push(gap);
    parts.push(
      <AidedSentence
        key={range.index}
        text={text.slice(range.start, range.end)}
        index={range.index}
        active={activeSentence === range.index}
        onActivate={onActivate}
        untranslated={untranslated?.[range.index]}
        romanization={scheme}
      />,
    );
    cursor = range.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
});
