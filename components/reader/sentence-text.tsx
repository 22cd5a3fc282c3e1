"use client";

import type { SentenceAlignment } from "@/lib/translation/engine-spec";

interface SentenceTextProps {
  text: string;
  alignments: readonly SentenceAlignment[];
  side: "source" | "target";
  activeSentence: number | null;
  onActivate: (sentence: number | null) => void;
}

/**
 * Renders a paragraph with each aligned sentence in its own span, so that hovering or
 * focusing a sentence can highlight its counterpart on the other side. Text outside every
 * range (spaces between sentences) is rendered too: nothing of the paragraph is dropped.
 * Always text nodes, never HTML.
 */
export function SentenceText({
  text,
  alignments,
  side,
  activeSentence,
  onActivate,
}: SentenceTextProps) {
  const ranges = alignments
    .map((alignment, index) => ({ index, start: alignment[side][0], end: alignment[side][1] }))
    .filter((range) => range.start >= 0 && range.end <= text.length && range.start < range.end)
    .sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue;
    if (range.start > cursor) parts.push(text.slice(cursor, range.start));
    parts.push(
      <span
        key={range.index}
        data-sentence={range.index}
        data-active={activeSentence === range.index ? "true" : undefined}
        // One tab stop per row: the row's roving focus gives 0 to one sentence or action.
        tabIndex={-1}
        data-roving=""
        onMouseEnter={() => onActivate(range.index)}
        onMouseLeave={() => onActivate(null)}
        onFocus={() => onActivate(range.index)}
        onBlur={() => onActivate(null)}
        className="sentence rounded-sm transition-colors data-[active=true]:bg-amber-200 data-[active=true]:text-stone-950 dark:data-[active=true]:bg-amber-300"
      >
        {text.slice(range.start, range.end)}
      </span>,
    );
    cursor = range.end;
  }
  if (cursor < text.length) parts.push(text.slice(cursor));
  return <>{parts}</>;
}
