"use client";

import { memo, useCallback, useLayoutEffect, useRef } from "react";
import { farRowsHtml, patchFarRows, sameFarRows, type FarRowsInput } from "./far-rows-html";
import type { RowChunks } from "./row-chunks";

/** How the list is asked to turn a far chunk into React rows: at once (`sync`) or at its pace. */
export type PromoteChunk = (chunk: number, sync: boolean) => void;

const FLIP = "button[aria-pressed]";

/**
 * A chunk of rows far from the screen, as HTML (far-rows-html.ts): one element instead of a few
 * dozen components. It turns into React rows (the list "promotes" it) when it comes near the
 * screen, and before anything acts on one of its rows: focus (Tab, j/k, a jump) promotes it and
 * the list puts focus back on the same row; a click promotes it at once and is then replayed on
 * the rendered row, so the click is not lost. Its rows are written in a layout effect, not
 * rendered by React: the first time (and after any change but arriving translations) as HTML,
 * and as translations arrive by writing just those rows' translation cells (far-rows-html.ts).
 */
export const FarRows = memo(function FarRows({
  chunk,
  rows,
  chunks,
  onPromote,
}: {
  chunk: number;
  /** What the chunk's rows show; a new object on every render of the list. */
  rows: FarRowsInput;
  chunks: RowChunks;
  onPromote: PromoteChunk;
}) {
  const element = useRef<HTMLDivElement | null>(null);
  // What the element's rows show now, so that only what changed is written.
  const written = useRef<FarRowsInput | null>(null);
  useLayoutEffect(() => {
    const node = element.current;
    if (node === null) return;
    const before = written.current;
    written.current = rows;
    if (before !== null && (sameFarRows(before, rows) || patchFarRows(node, before, rows))) return;
    // Every text and attribute in it is escaped where it is built (static-rows-html.ts).
    node.innerHTML = farRowsHtml(rows);
  });
  // Between a pointer press and its click, focus moving into the chunk is the press's own;
  // the click promotes the chunk then, so the press and the click land on the same element.
  const pressing = useRef(false);
  const observe = useCallback(
    (node: HTMLDivElement | null) => {
      element.current = node;
      return node ? chunks.observe(chunk, node) : undefined;
    },
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
      style={{ containIntrinsicSize: `auto ${(rows.end - rows.start) * 9}rem` }}
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
    />
  );
});
