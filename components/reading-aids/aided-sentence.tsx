"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { wordAt, wordRanges, type WordRange } from "@/lib/text/words";
import {
  hasDevanagari,
  romanizeHindi,
  type RomanizationScheme,
} from "@/lib/transliteration/hindi-romanization";
import { useLookupActions, type LookupActions } from "./reading-aids-context";

export const SENTENCE_CLASS =
  "sentence rounded-sm transition-colors data-[active=true]:bg-amber-200 data-[active=true]:text-stone-950 dark:data-[active=true]:bg-amber-300 data-[speaking=true]:bg-sky-200 data-[speaking=true]:text-stone-950 dark:data-[speaking=true]:bg-sky-300";
const UNTRANSLATED_CLASS =
  "underline decoration-stone-400 decoration-dotted underline-offset-4 dark:decoration-stone-500";
const WORD_CLASS =
  "rounded-sm outline-none focus-visible:ring-2 focus-visible:ring-sky-600 focus-visible:ring-offset-1";

interface AidedSentenceProps {
  text: string;
  /** The sentence's index in the paragraph's alignment; null for text outside any sentence. */
  index: number | null;
  active: boolean;
  onActivate: (sentence: number | null) => void;
  /** Words the engine wrote out by sound, with their Hindi source (target side only). */
  untranslated?: ReadonlyMap<string, string> | undefined;
  /** The romanised line's scheme when it is on (the caller reads the setting once). */
  romanization: RomanizationScheme | null;
}

const languageOf = (word: string): "hi" | "en" => (hasDevanagari(word) ? "hi" : "en");

/** The character offset of a point inside an element's text, or null when it is elsewhere. */
function offsetAtPoint(container: HTMLElement, x: number, y: number): number | null {
  const position = document.caretPositionFromPoint?.(x, y);
  const range = position ? null : document.caretRangeFromPoint?.(x, y);
  const node = position?.offsetNode ?? range?.startContainer;
  const offset = position?.offset ?? range?.startOffset;
  if (!node || offset === undefined || !container.contains(node)) return null;
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let before = 0;
  for (let current = walker.nextNode(); current !== null; current = walker.nextNode()) {
    if (current === node) return before + offset;
    before += current.textContent?.length ?? 0;
  }
  return null;
}

function openLookup(
  lookup: LookupActions,
  range: WordRange,
  untranslated: ReadonlyMap<string, string> | undefined,
  anchor: { left: number; top: number },
  returnFocus: HTMLElement | null,
) {
  const from = untranslated?.get(range.word);
  lookup.open({
    word: from ?? range.word,
    language: from !== undefined ? "hi" : languageOf(range.word),
    ...(from !== undefined ? { untranslatedFrom: range.word } : {}),
    anchor,
    returnFocus,
  });
}

const below = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return { left: rect.left + window.scrollX, top: rect.bottom + window.scrollY };
};

/**
 * One sentence of a paragraph with the reading aids: a click on a word (or Enter, then the
 * arrow keys and Enter again) opens the word popover; words the engine left in Hindi are
 * underlined with dots; with the romanised line on, a Hindi sentence gets its romanisation
 * underneath, highlighted with it. Words become focusable only while the reader walks them,
 * so the row keeps its one tab stop and a long article keeps one element per sentence.
 */
export function AidedSentence({
  text,
  index,
  active,
  onActivate,
  untranslated,
  romanization: scheme,
}: AidedSentenceProps) {
  const lookup = useLookupActions();
  const [walking, setWalking] = useState(false);
  const ref = useRef<HTMLSpanElement>(null);
  const romanized = useMemo(
    () => (scheme !== null && hasDevanagari(text) ? romanizeHindi(text, scheme) : null),
    [scheme, text],
  );
  useEffect(() => {
    if (walking) ref.current?.querySelector<HTMLElement>("[data-word]")?.focus();
  }, [walking]);

  const onWordKeyDown = (event: React.KeyboardEvent<HTMLElement>, range: WordRange) => {
    const words = Array.from(ref.current?.querySelectorAll<HTMLElement>("[data-word]") ?? []);
    const position = words.indexOf(event.currentTarget);
    let next: HTMLElement | undefined;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = words[position + 1];
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = words[position - 1];
    else if (event.key === "Home") next = words[0];
    else if (event.key === "End") next = words.at(-1);
    else if (event.key === "Enter" || event.key === " ") {
      if (lookup)
        openLookup(lookup, range, untranslated, below(event.currentTarget), event.currentTarget);
    } else if (event.key === "Escape") {
      setWalking(false);
      ref.current?.focus();
    } else return;
    // The row's own arrow keys move between sentences; inside a sentence they move by word.
    event.preventDefault();
    event.stopPropagation();
    next?.focus();
  };

  const aligned = index !== null;
  const marked = untranslated !== undefined && untranslated.size > 0;
  let body: React.ReactNode = text;
  if (walking || marked) {
    const parts: React.ReactNode[] = [];
    let cursor = 0;
    for (const range of wordRanges(text)) {
      const from = untranslated?.get(range.word);
      if (!walking && from === undefined) continue;
      if (range.start > cursor) parts.push(text.slice(cursor, range.start));
      parts.push(
        <span
          key={range.start}
          data-word={walking ? "" : undefined}
          data-start={range.start}
          data-untranslated={from !== undefined ? "" : undefined}
          tabIndex={walking ? -1 : undefined}
          className={`${from !== undefined ? UNTRANSLATED_CLASS : ""} ${walking ? WORD_CLASS : ""}`}
          onKeyDown={walking ? (event) => onWordKeyDown(event, range) : undefined}
        >
          {range.word}
        </span>,
      );
      cursor = range.end;
    }
    if (cursor < text.length) parts.push(text.slice(cursor));
    body = parts;
  }

  const onClick = (event: React.MouseEvent<HTMLSpanElement>) => {
    if (!lookup || !ref.current) return;
    // Selecting text to copy it is not a lookup.
    if ((window.getSelection()?.toString() ?? "") !== "") return;
    const start = (event.target as HTMLElement).closest<HTMLElement>("[data-start]")?.dataset.start;
    const offset =
      start !== undefined
        ? Number(start)
        : offsetAtPoint(ref.current, event.clientX, event.clientY);
    if (offset === null) return;
    const range = wordAt(text, offset);
    if (range === null) return;
    openLookup(
      lookup,
      range,
      untranslated,
      { left: event.pageX, top: event.pageY + 12 },
      aligned ? ref.current : null,
    );
  };

  const sentence = (
    <span
      ref={ref}
      data-sentence={aligned ? index : undefined}
      data-active={active ? "true" : undefined}
      // One tab stop per row: the row's roving focus gives 0 to one sentence or action.
      tabIndex={aligned ? -1 : undefined}
      data-roving={aligned ? "" : undefined}
      onMouseEnter={aligned ? () => onActivate(index) : undefined}
      onMouseLeave={aligned ? () => onActivate(null) : undefined}
      onFocus={aligned ? () => onActivate(index) : undefined}
      onBlur={(event) => {
        const to = event.relatedTarget as HTMLElement | null;
        // Into its word's popover the sentence stays highlighted: the reader is still on it,
        // and the whole reader need not re-render to clear and set it again.
        if (aligned && !to?.closest("[data-word-popover]")) onActivate(null);
        // Leaving the sentence (not for one of its words or the popover) ends the word walk.
        if (walking && !ref.current?.contains(to) && !to?.closest("[data-word-popover]"))
          setWalking(false);
      }}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || event.key !== "Enter" || !lookup) return;
        event.preventDefault();
        setWalking(true);
      }}
      onClick={onClick}
      className={SENTENCE_CLASS}
    >
      {body}
    </span>
  );
  // The line follows its sentence as a sibling, and the sentence keeps its place among the
  // returned children either way: turning the line on adds one element and re-creates nothing.
  return (
    <>
      {sentence}
      {romanized !== null && (
        <span
          data-romanized-sentence={aligned ? index : ""}
          data-active={active ? "true" : undefined}
          lang="hi-Latn"
          onMouseEnter={aligned ? () => onActivate(index) : undefined}
          onMouseLeave={aligned ? () => onActivate(null) : undefined}
          className={`romanized-line mb-1 block text-[0.85em] text-stone-600 dark:text-stone-400 ${SENTENCE_CLASS}`}
        >
          {romanized}
        </span>
      )}
    </>
  );
}
