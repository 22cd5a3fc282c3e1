"use client";

import { memo, useCallback, useRef } from "react";
import type { RowChunks } from "./row-chunks";

/** How the list is asked to turn a far chunk into React rows: at once (`sync`) or at its pace. */
export type PromoteChunk = (chunk: number, sync: boolean) => void;

const FLIP = "button[aria-pressed]";

/**
 * A chunk of rows far from the screen, as HTML (far-rows-html.ts): one element instead of a few
 * dozen components. It turns into React rows (the list "promotes" it) when it comes near the
 * screen, and before anything acts on one of its rows: focus (Tab, j/k, a jump) promotes it and
 * the list puts focus back on the same row; a click promotes it at once and is then replayed on
 * the rendered row, so the click is not lost. Memoised on the HTML string, which the list keeps
 * per chunk while the chunk's paragraphs stay the same objects.
 */
export const FarRows = memo(function FarRows({
  chunk,
  html,
  rowCount,
  chunks,
  onPromote,
}: {
  chunk: number;
  html: string;
  rowCount: number;
  chunks: RowChunks;
  onPromote: PromoteChunk;
}) {
  // Between a pointer press and its click, focus moving into the chunk is the press's own;
  // the click promotes the chunk then, so the press and the click land on the same element.
  const pressing = useRef(false);
  const observe = useCallback(
    (element: HTMLDivElement | null) => (element ? chunks.observe(chunk, element) : undefined),
    [chunks, chunk],
  );
  const onClickCapture = useCallback(
    (event: React.MouseEvent) => {
      pressing.current = false;
      const target = event.target as Element;
      const index = target.closest("[data-paragraph-index]")?.getAttribute("data-paragraph-index");
      const flip = target.closest(FLIP) !== null;
      // Nothing else sees the click on the element about to go; the rendered row gets it.
      event.stopPropagation();
      event.preventDefault();
      onPromote(chunk, true);
      const row = index == null ? null : document.getElementById(`p-${index}`);
      if (!row) return;
      if (flip) {
        row.querySelector<HTMLButtonElement>(FLIP)?.click();
        return;
      }
      // Anything else (a word, a sentence): whatever is under the pointer in the rendered row.
      const { clientX, clientY } = event;
      const under =
        typeof document.elementFromPoint === "function" && (clientX !== 0 || clientY !== 0)
          ? document.elementFromPoint(clientX, clientY)
          : null;
      if (under && under !== row && row.contains(under))
        under.dispatchEvent(new MouseEvent("click", event.nativeEvent));
    },
    [chunk, onPromote],
  );
  return (
    <div
      ref={observe}
      data-far-rows=""
      className="far-rows divide-y divide-stone-200 dark:divide-stone-800"
      // Until it is laid out once, the chunk is as tall as its rows' own placeholder heights.
      style={{ containIntrinsicSize: `auto ${rowCount * 9}rem` }}
      onPointerDown={() => {
        pressing.current = true;
      }}
      onPointerUp={() => {
        setTimeout(() => {
          pressing.current = false;
        }, 0);
      }}
      onFocus={() => {
        if (!pressing.current) onPromote(chunk, false);
      }}
      onClickCapture={onClickCapture}
      // Every text and attribute in it is escaped where it is built (static-rows-html.ts).
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});
