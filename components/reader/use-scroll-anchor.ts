"use client";

import { useCallback, useLayoutEffect, useRef } from "react";

/**
 * Keeps the first visible row where the reader saw it across a layout change (view mode, swap,
 * text size): `remember` before the change, and the layout effect scrolls it back after the
 * render that any of `dependencies` triggers.
 */
export function useScrollAnchor(dependencies: readonly unknown[]): () => void {
  const anchor = useRef<{ index: number; top: number } | null>(null);

  const remember = useCallback(() => {
    const rows = document.querySelectorAll<HTMLElement>("[data-paragraph-index]");
    // Rows are in document order, so their bottoms only grow: a binary search for the first
    // one below the screen's top reads a handful of boxes instead of every row above it.
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((rows[middle]?.getBoundingClientRect().bottom ?? 0) > 0) high = middle;
      else low = middle + 1;
    }
    const row = rows[low];
    if (row)
      anchor.current = {
        index: Number(row.dataset.paragraphIndex),
        top: row.getBoundingClientRect().top,
      };
  }, []);

  useLayoutEffect(() => {
    const saved = anchor.current;
    anchor.current = null;
    if (!saved) return;
    const row = document.getElementById(`p-${saved.index}`);
    if (row) window.scrollBy(0, row.getBoundingClientRect().top - saved.top);
    // The caller names what changes the layout; the anchor itself is a ref.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, dependencies);

  return remember;
}
